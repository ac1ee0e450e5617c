import { cached, createCache } from "../cache/caches";
import { env } from "../config";
import { unauthorized } from "../errors/app-error";
import {
  addEndedSession,
  bumpTokenVersion,
  dropEndedSessions,
  readSessionState,
  type SessionState,
} from "./repository";
import { type Session, verifyToken } from "./token";

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
  const entry = await cached(cache, userId, async () => ({
    state: await readSessionState(userId),
  }));
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
  const state = await addEndedSession(session.userId, endedKey(session));
  // Entries of tokens that expired anyway are dropped, so the set stays small.
  const ended = state.endedSessions;
  const expired = [...ended].filter((entry) => Number(entry.split(":")[0]) < nowSeconds);
  if (expired.length === 0) return;
  await dropEndedSessions(session.userId, expired);
}

/**
 * Ends every session of the user (logout-all): the token version moves on, so every token issued
 * before answers 401. Returns the new token version.
 */
export const endAllSessions = (userId: string): Promise<number> => bumpTokenVersion(userId);
