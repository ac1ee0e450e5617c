import { randomUUID } from "node:crypto";
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, inject } from "vitest";
import { createTableInput } from "../../src/db/table-definition";

/**
 * Points core at a table of its own in the run's shared DynamoDB Local, so test files never see
 * each other's data. Call once at the top of a test file.
 */
export function useFreshTable() {
  const tableName = `test-${randomUUID()}`;
  const client = () =>
    new DynamoDBClient({
      endpoint: inject("dynamoDbEndpoint"),
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });

  beforeAll(async () => {
    Object.assign(process.env, {
      DYNAMODB_ENDPOINT: inject("dynamoDbEndpoint"),
      TABLE_NAME: tableName,
      JWT_SECRET: `test-secret-${randomUUID()}`,
      DATA_KEY: "0".repeat(64),
      PUBLIC_URL: "http://helios.test",
    });
    // Without the table's stream: no core test reads it, and in DynamoDB Local every stream record
    // makes each later write of the run's shared database slower (it looks up the stream per write).
    const { StreamSpecification: _stream, ...withoutStream } = createTableInput(tableName);
    await client().send(new CreateTableCommand(withoutStream));
  });
  afterAll(async () => {
    await client().send(new DeleteTableCommand({ TableName: tableName }));
  });
  return { tableName };
}
