import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { env } from "../config";

let documentClient: DynamoDBDocumentClient | undefined;

/** One client per process; DYNAMODB_ENDPOINT points it at DynamoDB Local. */
export function db(): DynamoDBDocumentClient {
  if (documentClient) return documentClient;
  documentClient = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: env("DYNAMODB_ENDPOINT"),
      region: env("AWS_REGION") ?? "us-east-1",
      ...(env("DYNAMODB_ENDPOINT")
        ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } }
        : {}),
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  documentClient.middlewareStack.add(
    (next, context) => (args) => {
      for (const observer of requestObservers) observer(context.commandName ?? "unknown");
      return next(args);
    },
    { step: "initialize", name: "heliosRequestObservers" },
  );
  return documentClient;
}

const requestObservers = new Set<(commandName: string) => void>();

/** Lets the benchmark count the requests an operation makes; returns the way to stop observing. */
export function observeRequests(observer: (commandName: string) => void): () => void {
  requestObservers.add(observer);
  return () => requestObservers.delete(observer);
}
