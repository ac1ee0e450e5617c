import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SQSClient } from "@aws-sdk/client-sqs";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import type { TestTenant } from "./api";
import { API_TEST_TABLE } from "./local-cloud-process";

/**
 * The test cloud's table in the run's DynamoDB Local, for the states no API call can make (a window
 * that closed, a job left queued by a function that died).
 */
let table: DynamoDBDocumentClient | undefined;
export const testTable = () => {
  table ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("dynamoDbEndpoint"),
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
  return table;
};

const tenantIds = new Map<string, string>();

/** A tenant's id, through its slug's claim (the API shows the slug); looked up once per slug. */
export async function tenantIdOf(tenant: Pick<TestTenant, "slug">): Promise<string> {
  const known = tenantIds.get(tenant.slug);
  if (known) return known;
  const claim = await testTable().send(
    new GetCommand({
      TableName: API_TEST_TABLE,
      Key: { pk: `TENANTSLUG#${tenant.slug}`, sk: "TENANTSLUG" },
    }),
  );
  const tenantId = String(claim.Item?.tenantId);
  tenantIds.set(tenant.slug, tenantId);
  return tenantId;
}

/** Ages a conversation's 24-hour window: it closed `agoMs` ago. */
export async function closeWindow(
  tenant: Pick<TestTenant, "slug">,
  conversationId: string,
  agoMs: number,
) {
  await testTable().send(
    new UpdateCommand({
      TableName: API_TEST_TABLE,
      Key: { pk: `TENANT#${await tenantIdOf(tenant)}`, sk: `CONV#${conversationId}` },
      UpdateExpression: "SET windowExpiresAt = :past",
      ExpressionAttributeValues: { ":past": new Date(Date.now() - agoMs).toISOString() },
    }),
  );
}

/** The test cloud's SQS endpoint, for a queue's URL by name (`ai-replies.fifo`, `…-dlq.fifo`). */
export function testQueues() {
  const endpoint = `${inject("baseUrl")}/_aws/sqs`;
  return {
    sqs: new SQSClient({
      endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
    url: (name: string) => `${endpoint}/000000000000/${name}`,
  };
}
