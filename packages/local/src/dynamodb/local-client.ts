import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * A client for DynamoDB Local. It started with -sharedDb, so credentials and region only have to be
 * well-formed; fixed values keep every local process looking at the same tables.
 */
export function localDynamoDbClient(
  endpoint: string,
  options: { maxAttempts?: number; requestTimeoutMs?: number } = {},
): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      connectionTimeout: 2_000,
      requestTimeout: options.requestTimeoutMs ?? 10_000,
    },
  });
}
