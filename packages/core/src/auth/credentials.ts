import { tableName } from "../config";
import { keys } from "../db/keys";
import type { TransactItem } from "../db/transact";
import { disconnectUser } from "../realtime/disconnect";
import type { UserItem } from "../user/user";

/**
 * The update that gives an account a new password and ends every session of it at once (the token
 * version moves on). `proved`: the mailbox was proved (a reset or an invitation link), so the
 * account now owns its address — an unverified account is taken over that way.
 */
export function newCredentialsUpdate(
  user: UserItem,
  change: { passwordHash: string; name?: string; proved: boolean },
): TransactItem {
  const sets = ["passwordHash = :hash"];
  const values: Record<string, unknown> = {
    ":hash": change.passwordHash,
    ":one": 1,
    ":email": user.email,
  };
  if (change.proved) {
    sets.push("emailVerified = :true");
    values[":true"] = true;
  }
  if (change.name !== undefined) {
    sets.push("#name = :name");
    values[":name"] = change.name;
  }
  return {
    Update: {
      TableName: tableName(),
      Key: keys.user(user.id),
      UpdateExpression: `SET ${sets.join(", ")} ADD tokenVersion :one REMOVE endedSessions`,
      ConditionExpression: "email = :email",
      ...(change.name !== undefined ? { ExpressionAttributeNames: { "#name": "name" } } : {}),
      ExpressionAttributeValues: values,
    },
  };
}

/** After sessions ended in a write: live sockets close. */
export async function afterSessionsEnded(userId: string): Promise<void> {
  await disconnectUser(userId);
}
