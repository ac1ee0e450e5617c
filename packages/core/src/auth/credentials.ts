import { disconnectUser } from "../realtime/disconnect";
import { newUserItem, type UserItem } from "../user/user";
import { hashPassword } from "./password";

/** After sessions ended in a write: live sockets close. */
export async function afterSessionsEnded(userId: string): Promise<void> {
  await disconnectUser(userId);
}

/** A new account with this password (hashed here), its address not proved yet. */
export async function newAccount(
  input: { email: string; name: string; password: string },
  createdAt: string,
): Promise<UserItem> {
  const passwordHash = await hashPassword(input.password);
  return newUserItem({ email: input.email, name: input.name, passwordHash, createdAt });
}
