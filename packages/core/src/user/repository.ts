import * as z from "@helios/contracts/zod";
import { keys } from "../db/keys";
import { EXISTS, getItem, putNewTx, readItem, updateItem, updateTx } from "../db/table";
import type { TransactItem } from "../db/transact";
import { UserItem } from "./user";

const EmailClaim = z.object({ userId: z.string() });

export const getUser = (userId: string): Promise<UserItem | undefined> =>
  readItem(UserItem, keys.user(userId), {});

export async function findUserByEmail(email: string): Promise<UserItem | undefined> {
  const claim = await getItem(keys.userEmail(email));
  return claim ? getUser(EmailClaim.parse(claim).userId) : undefined;
}

/** The items that create a user: its profile and the claim that makes its e-mail unique. */
export const newUserPuts = (user: UserItem) => [
  putNewTx({ ...keys.userEmail(user.email), type: "userEmail", userId: user.id }),
  putNewTx({ ...keys.user(user.id), type: "user", ...user }),
];

const setOnUser = (
  userId: string,
  update: string,
  values: Record<string, unknown>,
  names?: Record<string, string>,
) =>
  updateItem({
    Key: keys.user(userId),
    UpdateExpression: update,
    ...EXISTS,
    ...(names ? { ExpressionAttributeNames: names } : {}),
    ExpressionAttributeValues: values,
  });

/** The workspace the user used last, kept per user (not per browser). */
export async function rememberLastTenant(userId: string, slug: string): Promise<void> {
  await setOnUser(userId, "SET lastTenant = :slug", { ":slug": slug });
}

/** For accounts whose address is proved outside Helios (the local cloud's demo owner). */
export async function markEmailVerified(userId: string): Promise<void> {
  await setOnUser(userId, "SET emailVerified = :true", { ":true": true });
}

export async function renameUser(userId: string, name: string): Promise<void> {
  await setOnUser(userId, "SET #name = :name", { ":name": name }, { "#name": "name" });
}

/** The update that marks the address verified, if the account still has that address. */
export const emailVerifiedUpdate = (userId: string, email: string): TransactItem =>
  updateTx({
    Key: keys.user(userId),
    UpdateExpression: "SET emailVerified = :true",
    ConditionExpression: "email = :email",
    ExpressionAttributeValues: { ":true": true, ":email": email },
  });

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
  return updateTx({
    Key: keys.user(user.id),
    UpdateExpression: `SET ${sets.join(", ")} ADD tokenVersion :one REMOVE endedSessions`,
    ConditionExpression: "email = :email",
    ...(change.name !== undefined ? { ExpressionAttributeNames: { "#name": "name" } } : {}),
    ExpressionAttributeValues: values,
  });
}
