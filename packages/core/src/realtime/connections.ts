import { actorFor } from "../access/actor";
import { assertSessionLive } from "../auth/sessions";
import { forbidden } from "../errors/app-error";
import {
  type ConnectionItem,
  connectionsOfTenant,
  findConnection,
  forgetConnection,
  forgetExpired,
  putConnection,
  userConnections,
} from "./repository";
import { redeemTicket } from "./tickets";

/** API Gateway closes a WebSocket after 2 hours at most; a stale record expires soon after. */
const CONNECTION_TTL_SECONDS = 2 * 60 * 60 + 10 * 60;

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
  if (!(await putConnection(connection, { slug: actor.slug, role: actor.role })))
    throw forbidden("not_a_member", "You are not a member of this workspace");
  return connection;
}

export async function closeConnection(connectionId: string): Promise<void> {
  const connection = await findConnection(connectionId);
  if (connection) await forgetConnection(connection);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Live connections of a tenant; expired ones are skipped because DynamoDB deletes them lazily. */
export async function tenantConnections(tenantId: string): Promise<ConnectionItem[]> {
  return liveConnections(tenantId, await connectionsOfTenant(tenantId));
}

/**
 * The live ones of a tenant's connections (as read, alone or with a write's other reads); those
 * that expired without a `$disconnect` are forgotten from the tenant's item.
 */
export async function liveConnections(
  tenantId: string,
  connections: ConnectionItem[],
): Promise<ConnectionItem[]> {
  const now = nowSeconds();
  await forgetExpired(
    tenantId,
    connections.filter((c) => c.expiresAt <= now),
  );
  return connections.filter((c) => c.expiresAt > now);
}

/** A member's live connections in one workspace (what is theirs alone reaches only these). */
export async function memberConnections(
  tenantId: string,
  userId: string,
): Promise<ConnectionItem[]> {
  const now = nowSeconds();
  const items = await userConnections(userId, tenantId);
  return items.filter((c) => c.expiresAt > now);
}
