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
      for (const observer of requestObservers)
        observer({ command: context.commandName ?? "unknown", input: args.input });
      return next(args);
    },
    { step: "initialize", name: "heliosRequestObservers" },
  );
  return documentClient;
}

export type RequestObserver = (request: { command: string; input: unknown }) => void;

const requestObservers = new Set<RequestObserver>();

/** Lets the benchmark count the requests an operation makes; returns the way to stop observing. */
export function observeRequests(observer: RequestObserver): () => void {
  requestObservers.add(observer);
  return () => requestObservers.delete(observer);
}
