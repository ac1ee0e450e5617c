import * as z from "@helios/contracts/zod";
import { failedTransactionItems, unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { listItems } from "../db/query";
import {
  checkTx,
  deleteItem,
  deleteTx,
  EXISTS,
  getItem,
  NEW,
  putItem,
  putTx,
  readItem,
  updateTx,
} from "../db/table";
import { type TransactItem, transactOnce, transactWrite } from "../db/transact";

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
  sessionId: z.optional(z.string()),
  connectedAt: z.string(),
  expiresAt: z.number(),
});
export type ConnectionItem = z.infer<typeof ConnectionItem>;

/** A connection's attribute on its tenant's connections item. */
const connectionAttribute = (connectionId: string) => `c#${connectionId}`;

/** What the tenant's item keeps of a connection (its tenant and id are the item and the name). */
const TenantConnection = z.omit(ConnectionItem, { tenantId: true, connectionId: true });

/**
 * A tenant's connections from its connections item (as read alone or in a BatchGetItem), expired
 * ones included (their records expire with DynamoDB's TTL; the attribute stays until forgotten).
 */
export function connectionsOfItem(
  tenantId: string,
  item: Record<string, unknown> | undefined,
): ConnectionItem[] {
  return Object.entries(item ?? {}).flatMap(([name, value]) =>
    name.startsWith("c#")
      ? [{ ...TenantConnection.parse(value), tenantId, connectionId: name.slice(2) }]
      : [],
  );
}

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
  const { connectionId, tenantId, userId, ...kept } = connection;
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
      updateTx({
        Key: keys.tenantConnections(tenantId),
        UpdateExpression: "SET #type = :type, #connection = :connection",
        ExpressionAttributeNames: {
          "#type": "type",
          "#connection": connectionAttribute(connectionId),
        },
        ExpressionAttributeValues: {
          ":type": "tenantConnections",
          ":connection": { userId, ...kept },
        },
      }),
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

/**
 * The writes that forget connections: their attributes on their tenants' items (one update per
 * tenant, as a transaction writes an item once) and their lookup and user records.
 */
export function forgetConnectionsWrites(connections: readonly ConnectionItem[]): TransactItem[] {
  const tenants = [...new Set(connections.map((connection) => connection.tenantId))];
  return [
    ...tenants.map((tenantId) =>
      forgetAttributes(
        tenantId,
        connections.filter((connection) => connection.tenantId === tenantId),
      ),
    ),
    ...connections.flatMap((connection) =>
      [
        keys.connectionLookup(connection.connectionId),
        keys.userConnection(connection.userId, connection.tenantId, connection.connectionId),
      ].map((Key) => deleteTx({ Key })),
    ),
  ];
}

function forgetAttributes(tenantId: string, connections: readonly ConnectionItem[]): TransactItem {
  const names = Object.fromEntries(
    connections.map((connection, i) => [`#c${i}`, connectionAttribute(connection.connectionId)]),
  );
  return updateTx({
    Key: keys.tenantConnections(tenantId),
    UpdateExpression: `REMOVE ${Object.keys(names).join(", ")}`,
    ExpressionAttributeNames: names,
  });
}

export async function forgetConnection(connection: ConnectionItem): Promise<void> {
  await transactOnce(forgetConnectionsWrites([connection]));
}

/** Forgets connections that expired without a `$disconnect` from their tenant's item. */
export async function forgetExpired(
  tenantId: string,
  connections: readonly ConnectionItem[],
): Promise<void> {
  if (connections.length > 0) await transactOnce([forgetAttributes(tenantId, connections)]);
}

/** A tenant's connections, expired ones included. */
export const connectionsOfTenant = async (tenantId: string) =>
  connectionsOfItem(tenantId, await getItem(keys.tenantConnections(tenantId), {}));

/** A user's connections, in one workspace or in all of them. */
export const userConnections = (userId: string, tenantId?: string) =>
  listItems(ConnectionItem, keys.connectionsOfUser(userId, tenantId));
