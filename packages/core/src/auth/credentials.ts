import { disconnectUser } from "../realtime/disconnect";

/** After sessions ended in a write: live sockets close. */
export async function afterSessionsEnded(userId: string): Promise<void> {
  await disconnectUser(userId);
}
