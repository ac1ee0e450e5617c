import { transactWrite } from "../db/transact";
import { logger } from "../logger";
import { deleteConnection } from "./publisher";
import { type ConnectionItem, forgetConnectionsWrites, userConnections } from "./repository";

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
  await transactWrite(forgetConnectionsWrites([connection]));
  await closeSocket(connection.connectionId);
}

/** Closes a socket whose records are already gone (so nothing is delivered to it any more). */
export async function closeSocket(connectionId: string): Promise<void> {
  try {
    await deleteConnection(connectionId);
  } catch (error) {
    // Nothing is delivered to it any more; the socket ends at its own idle timeout.
    logger.warn("could not close a websocket", { connectionId, error });
  }
}
