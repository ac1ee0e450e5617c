import { transactWrite } from "../db/transact";
import { logger } from "../logger";
import { type ConnectionItem, forgetConnectionDeletes, userConnections } from "./connections";
import { deleteConnection } from "./publisher";

/**
 * Ends a user's live access: forgets the connections (so no fan-out finds them any more) and then
 * closes their sockets. `tenantId` limits it to one workspace (removal, a role change);
 * `sessionId` to one session (logout).
 */
export async function disconnectUser(
  userId: string,
  scope: { tenantId?: string; sessionId?: string } = {},
): Promise<number> {
  const connections = (await userConnections(userId, scope.tenantId)).filter(
    (connection) => scope.sessionId === undefined || connection.sessionId === scope.sessionId,
  );
  await Promise.all(connections.map(closeOne));
  return connections.length;
}

async function closeOne(connection: ConnectionItem): Promise<void> {
  await transactWrite(forgetConnectionDeletes(connection));
  try {
    await deleteConnection(connection.connectionId);
  } catch (error) {
    // The records are gone, so nothing is delivered to it; the socket ends at its own timeout.
    logger.warn("could not close a websocket", { connectionId: connection.connectionId, error });
  }
}
