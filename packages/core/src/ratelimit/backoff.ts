import { tooManyRequests } from "../errors/app-error";
import {
  countAttempt,
  giveBackAttempt,
  lockAttempts,
  readBackoff,
  resetAttempts,
} from "./repository";

/**
 * A limit with back-off: `limit` attempts, then the key is locked for `baseLockSeconds`, doubling
 * with each further lock up to `maxLockSeconds`. It never locks for good, so someone guessing
 * cannot keep the real person out for long.
 */
export interface BackoffLimit {
  scope: string;
  limit: number;
  baseLockSeconds: number;
  maxLockSeconds: number;
}

export interface Attempt {
  rule: BackoffLimit;
  key: string;
  /** How many attempts, this one included, since the last lock. */
  number: number;
  strikes: number;
}

/** Locks after this many seconds without the lock being written mean its writer failed. */
const STALE_PENDING_SECONDS = 30;
const FORGET_AFTER_SECONDS = 24 * 60 * 60;

const lockSeconds = (rule: BackoffLimit, strikes: number) =>
  Math.min(rule.baseLockSeconds * 2 ** strikes, rule.maxLockSeconds);

const refuse = (retryAfter: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfter));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return tooManyRequests(`Too many attempts: wait ${wait} and try again`, seconds);
};

/**
 * Counts an attempt before it is evaluated, with one conditional UpdateItem: parallel attempts
 * cannot get past the limit, because each takes one of the remaining places or is refused (429).
 */
export async function takeAttempt(rule: BackoffLimit, key: string): Promise<Attempt> {
  const limit = { scope: rule.scope, key, limit: rule.limit };
  for (let round = 0; ; round++) {
    const now = Math.floor(Date.now() / 1000);
    const counted = await countAttempt(limit, now, now + FORGET_AFTER_SECONDS);
    if (counted) return { rule, key, number: counted.attempts, strikes: counted.strikes };
    const state = await readBackoff(limit);
    if (state.lockedUntil !== undefined && state.lockedUntil > now)
      throw refuse(state.lockedUntil - now);
    // The limit is used up and the last attempt is still being evaluated: it locks in a moment.
    const pendingSince = now - state.lastAt;
    if (pendingSince < STALE_PENDING_SECONDS || round > 0)
      throw refuse(lockSeconds(rule, state.strikes));
    await resetAttempts(limit, state.lastAt);
  }
}

/** After a failed attempt: the one that used the last place locks the key for the back-off. */
export async function attemptFailed(attempt: Attempt): Promise<void> {
  if (attempt.number < attempt.rule.limit) return;
  const until = Math.floor(Date.now() / 1000) + lockSeconds(attempt.rule, attempt.strikes);
  await lockAttempts(
    { scope: attempt.rule.scope, key: attempt.key, limit: attempt.rule.limit },
    until,
    until + FORGET_AFTER_SECONDS,
  );
}

/** A success gives its place back: only failures lead to a lock. */
export async function attemptSucceeded(attempt: Attempt): Promise<void> {
  await giveBackAttempt({ scope: attempt.rule.scope, key: attempt.key });
}
