import { z } from "zod";
import { keys } from "../db/keys";
import { EXISTS, getItem, putNewTx, readItem, updateItem } from "../db/table";
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

const setOnUser = (userId: string, update: string, values: Record<string, unknown>) =>
  updateItem({
    Key: keys.user(userId),
    UpdateExpression: update,
    ...EXISTS,
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
