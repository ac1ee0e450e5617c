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
  return documentClient;
}
