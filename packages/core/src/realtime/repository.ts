import { z } from "zod";
import { failedTransactionItems, unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { checkTx, deleteItem, deleteTx, EXISTS, NEW, putItem, putTx, readItem } from "../db/table";
import { transactOnce, transactWrite } from "../db/transact";

export const TicketItem = z.object({
  userId: z.string(),
  tenantId: z.string(),
  slug: z.string(),
  sessionId: z.string(),
  sessionVersion: z.number(),
  sessionExpiresAt: z.number(),
  expiresAt: z.number(),
});
export type TicketItem = z.infer<typeof TicketItem>;

/** Stores a ticket under its token's hash (a new item: a hash collision fails, never overwrites). */
export async function putTicket(hash: string, ticket: TicketItem): Promise<void> {
  await putItem({
    Item: { ...keys.realtimeTicket(hash), type: "realtimeTicket", ...ticket },
    ...NEW,
  });
}

/** Deletes the ticket and returns what it held, or undefined when there is none (used, unknown). */
export async function takeTicket(hash: string): Promise<TicketItem | undefined> {
  const deleted = await unlessConditionFails(
    deleteItem({ Key: keys.realtimeTicket(hash), ...EXISTS, ReturnValues: "ALL_OLD" }),
  );
  return deleted && TicketItem.parse(deleted.Attributes);
}

export const ConnectionItem = z.object({
  connectionId: z.string(),
  tenantId: z.string(),
  userId: z.string(),
  /** The session that opened it: ending that session closes it. */
  sessionId: z.string().optional(),
  connectedAt: z.string(),
  expiresAt: z.number(),
});
export type ConnectionItem = z.infer<typeof ConnectionItem>;

/**
 * Stores the connection under the tenant (fan-out), the user (closing them) and its id
 * (disconnect), on the condition that the membership (by the tenant's slug) still has `role`:
 * a removal that raced the connect either sees this connection (and closes it) or makes this
 * write fail. False when the membership no longer stands.
 */
export async function putConnection(
  connection: ConnectionItem,
  membership: { slug: string; role: string },
): Promise<boolean> {
  const { connectionId, tenantId, userId } = connection;
  const put = (key: Record<string, string>, type: string) =>
    putTx({ Item: { ...key, type, ...connection } });
  const stillMember = checkTx({
    Key: keys.membership(userId, membership.slug),
    ConditionExpression: "#role = :role",
    ExpressionAttributeNames: { "#role": "role" },
    ExpressionAttributeValues: { ":role": membership.role },
  });
  try {
    await transactWrite([
      stillMember,
      put(keys.connection(tenantId, connectionId), "connection"),
      put(keys.connectionLookup(connectionId), "connectionLookup"),
      put(keys.userConnection(userId, tenantId, connectionId), "userConnection"),
    ]);
    return true;
  } catch (error) {
    if (failedTransactionItems(error)?.includes(0)) return false;
    throw error;
  }
}

export const findConnection = (connectionId: string) =>
  readItem(ConnectionItem, keys.connectionLookup(connectionId), {});

/** The deletes that forget a connection: its three records. */
export function forgetConnectionDeletes(connection: ConnectionItem) {
  return [
    keys.connection(connection.tenantId, connection.connectionId),
    keys.connectionLookup(connection.connectionId),
    keys.userConnection(connection.userId, connection.tenantId, connection.connectionId),
  ].map((Key) => deleteTx({ Key }));
}

export async function forgetConnection(connection: ConnectionItem): Promise<void> {
  await transactOnce(forgetConnectionDeletes(connection));
}

/** A tenant's connections, expired ones included (DynamoDB deletes them lazily). */
export const connectionsOfTenant = (tenantId: string) =>
  listItems(ConnectionItem, keys.connectionsOf(tenantId), {});

/** A user's connections, in one workspace or in all of them. */
export const userConnections = (userId: string, tenantId?: string) =>
  listItems(ConnectionItem, keys.connectionsOfUser(userId, tenantId));
