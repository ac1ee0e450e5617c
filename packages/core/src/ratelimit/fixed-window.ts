import { tooManyRequests } from "../errors/app-error";
import { countInWindow } from "./repository";

export interface WindowLimit {
  scope: string;
  limit: number;
  windowSeconds: number;
}

const currentWindow = (windowSeconds: number, now: number) =>
  Math.floor(now / 1000 / windowSeconds);

/**
 * Counts one event in the key's current window, or refuses with 429 once `limit` were counted: one
 * conditional UpdateItem, so parallel requests cannot exceed the limit.
 */
export async function takeFromWindow(rule: WindowLimit, key: string, now = Date.now()) {
  const window = currentWindow(rule.windowSeconds, now);
  if (await countInWindow(rule, key, window)) return;
  const retryAfter = (window + 1) * rule.windowSeconds - Math.floor(now / 1000);
  const minutes = Math.ceil(retryAfter / 60);
  throw tooManyRequests(
    `Too many requests from your network: wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again`,
    retryAfter,
  );
}

/** Like takeFromWindow, but answers whether there was room instead of refusing. */
export async function tookFromWindow(rule: WindowLimit, key: string): Promise<boolean> {
  try {
    await takeFromWindow(rule, key);
    return true;
  } catch (error) {
    if (error instanceof Error && "status" in error && error.status === 429) return false;
    throw error;
  }
}
