import { z } from "zod";
import { cached, createCache } from "../cache/caches";
import { env } from "../config";
import { keys } from "../db/keys";
import { EXISTS, getItem, updateItem } from "../db/table";
import { unauthorized } from "../errors/app-error";
import { type Session, verifyToken } from "./token";

/** The part of a user's profile that says which of their sessions still stand. */
const SessionState = z.object({
  tokenVersion: z.number().int().default(0),
  /** Ended sessions as `<expiresAt>:<sessionId>`, so expired entries can be pruned. */
  endedSessions: z.set(z.string()).default(new Set()),
  lastTenant: z.string().optional(),
});
export type SessionState = z.infer<typeof SessionState>;

/**
 * A warm Lambda remembers a user's session state this long (at most a few seconds), so a burst of
 * requests costs one GetItem; a logout, a new password or a removal is seen by every other warm
 * function at most this late (see cache/caches.ts).
 */
const cache = createCache<{ state: SessionState | undefined }>("session states", {
  max: 5000,
  ttl: Number(env("SESSION_CACHE_MS") ?? 2000),
});

async function sessionState(userId: string): Promise<SessionState | undefined> {
  const entry = await cached(cache, userId, async () => {
    const item = await getItem(keys.user(userId), {
      ConsistentRead: true,
      ProjectionExpression: "tokenVersion, endedSessions, lastTenant",
    });
    return { state: item ? SessionState.parse(item) : undefined };
  });
  return entry?.state;
}

const endedKey = (session: Session) => `${session.expiresAt}:${session.sessionId}`;

/**
 * The session of a bearer token, checked against the user's current state: one consistent GetItem
 * (or none, within the cache's few seconds). 401 once the session was ended.
 */
export async function authenticate(
  token: string | undefined,
): Promise<Session & { lastTenant?: string }> {
  const session = await verifyToken(token);
  const state = await assertSessionLive(session);
  return { ...session, lastTenant: state.lastTenant };
}

/** 401 unless the session still stands (not logged out, no later logout-all or new password). */
export async function assertSessionLive(session: Session): Promise<SessionState> {
  const state = await sessionState(session.userId);
  if (!state) throw unauthorized("Your account no longer exists: sign up again");
  if (state.tokenVersion !== session.version || state.endedSessions.has(endedKey(session)))
    throw unauthorized("Your session has ended: sign in again");
  return state;
}

/** Ends one session (logout): its token answers 401 from now on. */
export async function endSession(session: Session): Promise<void> {
  const nowSeconds = Math.floor(Date.now() / 1000);
  const { Attributes } = await updateItem({
    Key: keys.user(session.userId),
    UpdateExpression: "ADD endedSessions :ended",
    ...EXISTS,
    ExpressionAttributeValues: { ":ended": new Set([endedKey(session)]) },
    ReturnValues: "ALL_NEW",
  });
  // Entries of tokens that expired anyway are dropped, so the set stays small.
  const ended = SessionState.parse(Attributes ?? {}).endedSessions;
  const expired = [...ended].filter((entry) => Number(entry.split(":")[0]) < nowSeconds);
  if (expired.length === 0) return;
  await updateItem({
    Key: keys.user(session.userId),
    UpdateExpression: "DELETE endedSessions :expired",
    ExpressionAttributeValues: { ":expired": new Set(expired) },
  });
}

/**
 * The update that ends every session of a user (logout-all, a new password, a takeover): the token
 * version moves on, so every token issued before answers 401. Goes into a transaction or alone.
 */
export function endAllSessionsUpdate(userId: string) {
  return {
    Key: keys.user(userId),
    UpdateExpression: "ADD tokenVersion :one REMOVE endedSessions",
    ConditionExpression: "attribute_exists(pk)",
    ExpressionAttributeValues: { ":one": 1 },
  };
}

/** Ends every session of the user; returns the new token version. */
export async function endAllSessions(userId: string): Promise<number> {
  const { Attributes } = await updateItem({
    ...endAllSessionsUpdate(userId),
    ReturnValues: "UPDATED_NEW",
  });
  return SessionState.parse(Attributes ?? {}).tokenVersion;
}
