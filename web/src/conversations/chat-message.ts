import { isRetryableAt, type Message, statusMovesForward } from "@helios/contracts";

/**
 * A message as the chat keeps it: the API's, plus what only this browser knows about a message
 * it is sending — a stable key for the row (kept when the server's copy replaces it) and whether
 * the request is on its way or failed.
 */
export type ChatMessage = Message & {
  clientKey?: string;
  local?: "sending" | "failed";
};

/** One page of the messages cache, oldest first (as the API returns it). */
export interface ChatMessagePage {
  items: ChatMessage[];
  nextCursor: string | null;
}

/**
 * Retry can be offered: the server said so, or the time it named has come since (a queued message
 * stuck unsent). What this browser could not send is retried by the browser, not the server.
 */
export const canRetryOnServer = (message: ChatMessage, now = Date.now()): boolean =>
  message.local === undefined && (message.canRetry || isRetryableAt(message.retryableAt, now));

/** Queued and, by the server's rule, stuck: the send that took it was dropped. */
export const isStuck = (message: ChatMessage, now = Date.now()): boolean =>
  message.status === "queued" && canRetryOnServer(message, now);

/**
 * Statuses never move backwards: a late `sent` does not undo `read`. The one way out of `failed`
 * is a retry, which the server reports as the message queued again without its error.
 */
export function mergeMessage(current: ChatMessage, next: Message): ChatMessage {
  const retried = current.status === "failed" && next.status !== "failed" && !next.error;
  const keepStatus =
    !retried && current.status !== next.status && !statusMovesForward(current.status, next.status);
  if (!keepStatus) return { ...next, clientKey: current.clientKey };
  // What the server computed for the status kept (Retry for a failure) stays with it.
  const { status, error, canRetry, retryableAt } = current;
  return { ...next, status, error, canRetry, retryableAt, clientKey: current.clientKey };
}

export function isSameMessage(current: ChatMessage, next: Message): boolean {
  if (current.id === next.id) return true;
  return next.providerMessageId !== "" && current.providerMessageId === next.providerMessageId;
}

/** An optimistic message of this browser that `next` (the server's copy) may be. */
export function isOwnPendingCopy(current: ChatMessage, next: Message): boolean {
  return (
    current.local === "sending" &&
    next.direction === "outbound" &&
    next.author === "user" &&
    (next.authorUserId === undefined || next.authorUserId === current.authorUserId) &&
    current.text.trim() === next.text.trim()
  );
}

function time(message: Message): number {
  const value = Date.parse(message.createdAt);
  return Number.isNaN(value) ? Number.MAX_SAFE_INTEGER : value;
}

/** Inserts into an oldest-first list, after every message that is not newer. */
export function insertInOrder(items: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  let index = items.length;
  while (index > 0) {
    const previous = items[index - 1];
    if (previous && time(previous) <= time(message)) break;
    index -= 1;
  }
  return [...items.slice(0, index), message, ...items.slice(index)];
}
