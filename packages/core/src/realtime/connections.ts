import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { actorFor } from "../access/actor";
import { verifyToken } from "../auth/token";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { queryAll } from "../db/query";

/** API Gateway closes a WebSocket after 2 hours at most; a stale record expires soon after. */
const CONNECTION_TTL_SECONDS = 2 * 60 * 60 + 10 * 60;

export const ConnectionItem = z.object({
  connectionId: z.string(),
  tenantId: z.string(),
  userId: z.string(),
  connectedAt: z.string(),
  expiresAt: z.number(),
});
export type ConnectionItem = z.infer<typeof ConnectionItem>;

/** Authenticates a WebSocket at connect (JWT + tenant membership) and stores it under the tenant. */
export async function openConnection(input: {
  connectionId: string;
  token: string | undefined;
  tenantSlug: string | undefined;
}): Promise<ConnectionItem> {
  const userId = await verifyToken(input.token);
  const actor = await actorFor(userId, input.tenantSlug ?? "");
  const now = Date.now();
  const connection: ConnectionItem = {
    connectionId: input.connectionId,
    tenantId: actor.tenantId,
    userId,
    connectedAt: new Date(now).toISOString(),
    expiresAt: Math.floor(now / 1000) + CONNECTION_TTL_SECONDS,
  };
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: {
              ...keys.connection(actor.tenantId, input.connectionId),
              type: "connection",
              ...connection,
            },
          },
        },
        {
          Put: {
            TableName: tableName(),
            Item: {
              ...keys.connectionLookup(input.connectionId),
              type: "connectionLookup",
              ...connection,
            },
          },
        },
      ],
    }),
  );
  return connection;
}

export async function closeConnection(connectionId: string): Promise<void> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.connectionLookup(connectionId) }),
  );
  if (!Item) return;
  await forgetConnection(ConnectionItem.parse(Item));
}

export async function forgetConnection(connection: ConnectionItem): Promise<void> {
  await db().send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Delete: {
            TableName: tableName(),
            Key: keys.connection(connection.tenantId, connection.connectionId),
          },
        },
        { Delete: { TableName: tableName(), Key: keys.connectionLookup(connection.connectionId) } },
      ],
    }),
  );
}

/** Live connections of a tenant; expired ones are skipped because DynamoDB deletes them lazily. */
export async function tenantConnections(tenantId: string): Promise<ConnectionItem[]> {
  const { pk, skPrefix } = keys.connectionsOf(tenantId);
  const now = Math.floor(Date.now() / 1000);
  const items = await queryAll(pk, skPrefix);
  return items.map((item) => ConnectionItem.parse(item)).filter((c) => c.expiresAt > now);
}
