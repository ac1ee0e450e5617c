import { z } from "zod";
import { actorFor } from "../access/actor";
import { assertSessionLive } from "../auth/sessions";
import { failedTransactionItems } from "../db/conditions";
import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { checkTx, deleteTx, putTx, readItem } from "../db/table";
import { transactOnce, transactWrite } from "../db/transact";
import { forbidden } from "../errors/app-error";
import { redeemTicket } from "./tickets";

/** API Gateway closes a WebSocket after 2 hours at most; a stale record expires soon after. */
const CONNECTION_TTL_SECONDS = 2 * 60 * 60 + 10 * 60;

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
 * Authenticates a WebSocket at connect with a single-use ticket (never the session token, which
 * would end up in URLs and logs), re-checks the session and the membership, and stores the
 * connection under the tenant (fan-out), the user (closing them) and its id (disconnect).
 */
export async function openConnection(input: {
  connectionId: string;
  ticket: string | undefined;
}): Promise<ConnectionItem> {
  const ticket = await redeemTicket(input.ticket);
  await assertSessionLive({
    userId: ticket.userId,
    sessionId: ticket.sessionId,
    version: ticket.sessionVersion,
    expiresAt: ticket.sessionExpiresAt,
  });
  const actor = await actorFor(ticket.userId, ticket.slug);
  const now = Date.now();
  const connection: ConnectionItem = {
    connectionId: input.connectionId,
    tenantId: actor.tenantId,
    userId: ticket.userId,
    sessionId: ticket.sessionId,
    connectedAt: new Date(now).toISOString(),
    expiresAt: Math.min(
      Math.floor(now / 1000) + CONNECTION_TTL_SECONDS,
      ticket.sessionExpiresAt + 60,
    ),
  };
  const put = (key: Record<string, string>, type: string) =>
    putTx({ Item: { ...key, type, ...connection } });
  // The membership must still stand as the connection is stored: a removal that raced the
  // connect either sees this connection (and closes it) or makes this write fail.
  const stillMember = checkTx({
    Key: keys.membership(ticket.userId, actor.slug),
    ConditionExpression: "#role = :role",
    ExpressionAttributeNames: { "#role": "role" },
    ExpressionAttributeValues: { ":role": actor.role },
  });
  try {
    await transactWrite([
      stillMember,
      put(keys.connection(actor.tenantId, input.connectionId), "connection"),
      put(keys.connectionLookup(input.connectionId), "connectionLookup"),
      put(keys.userConnection(ticket.userId, actor.tenantId, input.connectionId), "userConnection"),
    ]);
  } catch (error) {
    if (failedTransactionItems(error)?.includes(0))
      throw forbidden("not_a_member", "You are not a member of this workspace");
    throw error;
  }
  return connection;
}

export async function closeConnection(connectionId: string): Promise<void> {
  const connection = await readItem(ConnectionItem, keys.connectionLookup(connectionId), {});
  if (connection) await forgetConnection(connection);
}

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

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Live connections of a tenant; expired ones are skipped because DynamoDB deletes them lazily. */
export async function tenantConnections(tenantId: string): Promise<ConnectionItem[]> {
  const now = nowSeconds();
  const items = await listItems(ConnectionItem, keys.connectionsOf(tenantId), {});
  return items.filter((c) => c.expiresAt > now);
}

/** A user's connections, in one workspace or in all of them. */
export const userConnections = (userId: string, tenantId?: string) =>
  listItems(ConnectionItem, keys.connectionsOfUser(userId, tenantId));
