import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { STATUS_RANK } from "@helios/contracts";
import { keys } from "@helios/core/db/keys";
import { inject } from "vitest";
import type { TestTenant } from "./api";
import { API_TEST_TABLE } from "./local-cloud-process";

/**
 * The local cloud's table, for what no API can do: ageing a window, leaving a message as a
 * function that died would have.
 */
let client: DynamoDBDocumentClient | undefined;
export const testTable = () => {
  client ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("dynamoDbEndpoint"),
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
  return client;
};

const tenantIds = new Map<string, string>();

/**
 * The tenant's id behind its slug (the API shows only the slug); remembered, so a test racing
 * a worker (closing a window during a debounce) can look it up before the race starts.
 */
export async function tenantIdOf(tenant: Pick<TestTenant, "slug">): Promise<string> {
  const known = tenantIds.get(tenant.slug);
  if (known) return known;
  const claim = await testTable().send(
    new GetCommand({
      TableName: API_TEST_TABLE,
      Key: { pk: `TENANTSLUG#${tenant.slug}`, sk: "TENANTSLUG" },
    }),
  );
  const id = String(claim.Item?.tenantId);
  tenantIds.set(tenant.slug, id);
  return id;
}

/** Sets a stored item's attributes (`null` removes one). */
async function setFields(key: Record<string, string>, fields: Record<string, unknown>) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const removes: string[] = [];
  for (const [index, [name, value]] of Object.entries(fields).entries()) {
    names[`#f${index}`] = name;
    if (value === null) removes.push(`#f${index}`);
    else {
      values[`:v${index}`] = value;
      sets.push(`#f${index} = :v${index}`);
    }
  }
  await testTable().send(
    new UpdateCommand({
      TableName: API_TEST_TABLE,
      Key: key,
      UpdateExpression: [
        sets.length ? `SET ${sets.join(", ")}` : "",
        removes.length ? `REMOVE ${removes.join(", ")}` : "",
      ].join(" "),
      ExpressionAttributeNames: names,
      ...(sets.length ? { ExpressionAttributeValues: values } : {}),
    }),
  );
}

/** Closes (or moves) a conversation's 24 h window as if the customer had written long ago. */
export async function setWindowExpiresAt(
  tenant: Pick<TestTenant, "slug">,
  conversationId: string,
  at: Date,
): Promise<void> {
  const key = keys.conversation(await tenantIdOf(tenant), conversationId);
  await setFields(key, { windowExpiresAt: at.toISOString() });
}

/**
 * Leaves a message queued and unsent, as a function that died after storing it would: created at
 * `createdAt`, last handed to the provider at `sendAttemptAt` (absent: only its first send).
 */
export async function leaveQueued(
  conversationId: string,
  messageId: string,
  times: { createdAt: Date; sendAttemptAt?: Date },
): Promise<void> {
  await setFields(keys.message(conversationId, messageId), {
    status: "queued",
    statusRank: STATUS_RANK.queued,
    error: null,
    createdAt: times.createdAt.toISOString(),
    sendAttemptAt: times.sendAttemptAt?.toISOString() ?? null,
  });
}
