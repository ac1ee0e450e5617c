import type { MessageStatus } from "./conversations";

/**
 * The order of statuses; stored with each message (`statusRank`) so a conditional write can
 * compare them: changing a value needs a migration.
 */
export const STATUS_RANK: Record<MessageStatus, number> = {
  received: 0,
  queued: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
};

/**
 * Whether a provider status `next` replaces `current`: statuses only move forward (callbacks arrive
 * out of order and repeat), and a failure counts until the customer has read the message. The one
 * way back, a retry, is a send of its own and not a status. Core's conditional write of a
 * status (`message/status.ts`) states the same rule over the stored `statusRank`.
 */
export function statusMovesForward(current: MessageStatus, next: MessageStatus): boolean {
  if (next === "failed") return STATUS_RANK[current] < STATUS_RANK.read;
  return STATUS_RANK[next] > STATUS_RANK[current];
}

/**
 * A send hands a message to the provider within seconds (provider calls time out at 10 s); one
 * still `queued` without a provider id after this long was dropped by a function that died.
 */
export const STUCK_AFTER_MS = 2 * 60_000;

/** What decides whether a message may be sent again (the stored message has all of it). */
export interface RetryFacts {
  direction: "inbound" | "outbound";
  status: MessageStatus;
  providerMessageId: string;
  createdAt: string;
  /** When a retry last handed the message to the provider (absent: only the first send). */
  sendAttemptAt?: string;
}

/**
 * From when the message may be sent again as itself, or null when it may not (inbound, accepted
 * by the provider, or on its way): failed before the provider accepted it, or queued and stuck
 * since its last attempt. Only then can a retry not put a second copy on the customer's phone.
 */
export function retryableAt(message: RetryFacts): string | null {
  if (message.direction !== "outbound" || message.providerMessageId) return null;
  const lastAttempt = message.sendAttemptAt ?? message.createdAt;
  if (message.status === "failed") return lastAttempt;
  if (message.status !== "queued") return null;
  const stuckAt = Date.parse(lastAttempt) + STUCK_AFTER_MS;
  return Number.isNaN(stuckAt) ? null : new Date(stuckAt).toISOString();
}

/** Whether a message whose retry opens at `at` (null: never) may be retried at time `now`. */
export function isRetryableAt(at: string | null | undefined, now: number): boolean {
  return typeof at === "string" && Date.parse(at) <= now;
}

/** Whether the message may be sent again at time `now` (a failure at once, whatever the clocks say). */
export function mayRetry(message: RetryFacts, now: number): boolean {
  const at = retryableAt(message);
  return at !== null && (message.status === "failed" || isRetryableAt(at, now));
}
