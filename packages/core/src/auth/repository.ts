import * as z from "@helios/contracts/zod";
import { keys } from "../db/keys";
import { deleteTx, EXISTS, getItem, putNewTx, updateItem } from "../db/table";
import type { TransactItem } from "../db/transact";

export const EmailTokenPurpose = z.enum(["verify-email", "password-reset"]);
export type EmailTokenPurpose = z.infer<typeof EmailTokenPurpose>;

export const EmailTokenItem = z.object({
  purpose: EmailTokenPurpose,
  userId: z.string(),
  email: z.string(),
  expiresAt: z.number(),
});
export type EmailTokenItem = z.infer<typeof EmailTokenItem>;

/** The Put that stores an e-mailed link's token under its hash (in the caller's transaction). */
export const emailTokenPut = (hash: string, item: EmailTokenItem): TransactItem =>
  putNewTx({ ...keys.emailToken(hash), type: "emailToken", ...item });

/** The stored token of this hash, or undefined when there is none or it is not one. */
export async function findEmailToken(hash: string): Promise<EmailTokenItem | undefined> {
  const item = await getItem(keys.emailToken(hash), { ConsistentRead: true });
  return item ? EmailTokenItem.safeParse(item).data : undefined;
}

/** The Delete that uses a token up; it fails when a parallel use took it first (single use). */
export const emailTokenDelete = (hash: string): TransactItem =>
  deleteTx({ Key: keys.emailToken(hash), ...EXISTS });

/** The part of a user's profile that says which of their sessions still stand. */
export const SessionState = z.object({
  tokenVersion: z._default(z.int(), 0),
  /** Ended sessions as `<expiresAt>:<sessionId>`, so expired entries can be pruned. */
  endedSessions: z._default(z.set(z.string()), new Set()),
  lastTenant: z.optional(z.string()),
});
export type SessionState = z.infer<typeof SessionState>;

/** The user's session state (one consistent GetItem of three attributes), or undefined. */
export async function readSessionState(userId: string): Promise<SessionState | undefined> {
  const item = await getItem(keys.user(userId), {
    ConsistentRead: true,
    ProjectionExpression: "tokenVersion, endedSessions, lastTenant",
  });
  return item ? SessionState.parse(item) : undefined;
}

/** Adds an ended session's entry; the state after it. */
export async function addEndedSession(userId: string, entry: string): Promise<SessionState> {
  const { Attributes } = await updateItem({
    Key: keys.user(userId),
    UpdateExpression: "ADD endedSessions :ended",
    ...EXISTS,
    ExpressionAttributeValues: { ":ended": new Set([entry]) },
    ReturnValues: "ALL_NEW",
  });
  return SessionState.parse(Attributes ?? {});
}

export async function dropEndedSessions(userId: string, entries: string[]): Promise<void> {
  await updateItem({
    Key: keys.user(userId),
    UpdateExpression: "DELETE endedSessions :expired",
    ExpressionAttributeValues: { ":expired": new Set(entries) },
  });
}

/** The token version moves on (every token issued before answers 401); the new version. */
export async function bumpTokenVersion(userId: string): Promise<number> {
  const { Attributes } = await updateItem({
    Key: keys.user(userId),
    UpdateExpression: "ADD tokenVersion :one REMOVE endedSessions",
    ...EXISTS,
    ExpressionAttributeValues: { ":one": 1 },
    ReturnValues: "UPDATED_NEW",
  });
  return SessionState.parse(Attributes ?? {}).tokenVersion;
}
