import { env } from "../config";
import type { BackoffLimit } from "../ratelimit/backoff";
import type { WindowLimit } from "../ratelimit/fixed-window";

const number = (name: string, fallback: number) => Number(env(name) ?? fallback);
const HOUR = 60 * 60;

/**
 * Sign-in: 10 attempts per e-mail and 100 per client address, then a lock of 1 minute (e-mail) that
 * doubles with every further lock up to 15 minutes. LOGIN_LOCK_BASE_SECONDS shortens the first lock
 * (the test suite waits it out).
 */
export const loginLimits = () => {
  const base = number("LOGIN_LOCK_BASE_SECONDS", 60);
  return {
    perEmail: { scope: "login-email", limit: 10, baseLockSeconds: base, maxLockSeconds: 15 * 60 },
    perAddress: {
      scope: "login-ip",
      limit: 100,
      baseLockSeconds: base,
      maxLockSeconds: 15 * 60,
    },
  } satisfies Record<string, BackoffLimit>;
};

/** Workspaces created per client address and hour (SIGNUP_LIMIT_PER_ADDRESS). */
export const signupLimit = (): WindowLimit => ({
  scope: "signup-ip",
  limit: number("SIGNUP_LIMIT_PER_ADDRESS", 20),
  windowSeconds: HOUR,
});

/** Reset requests per client address and hour, and reset e-mails per address book entry and hour. */
export const passwordResetLimits = () => ({
  perAddress: {
    scope: "reset-ip",
    limit: number("PASSWORD_RESET_LIMIT_PER_ADDRESS", 20),
    windowSeconds: HOUR,
  } satisfies WindowLimit,
  perEmail: { scope: "reset-email", limit: 3, windowSeconds: HOUR } satisfies WindowLimit,
});
