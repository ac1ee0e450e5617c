import type { Message, MessageStatus } from "@helios/contracts";

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

const statusRank: Record<MessageStatus, number> = {
  received: 0,
  queued: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
};

/** The server's rule: a message still unsent this long after its send began was dropped. */
const STUCK_AFTER_MS = 2 * 60_000;

/** Queued, never accepted by the provider, and long past the time a send takes. */
export const isStuck = (message: ChatMessage, now = Date.now()): boolean =>
  message.local === undefined &&
  message.direction === "outbound" &&
  message.status === "queued" &&
  message.providerMessageId === "" &&
  now - Date.parse(message.createdAt) >= STUCK_AFTER_MS;

/**
 * A message the provider never accepted, failed or stuck: the server can send it again, as the
 * same message.
 */
export const canRetryOnServer = (message: ChatMessage): boolean =>
  isStuck(message) ||
  (message.local === undefined &&
    message.direction === "outbound" &&
    message.status === "failed" &&
    message.providerMessageId === "");

/**
 * Statuses never move backwards: a late `sent` does not undo `read`. The one way out of `failed`
 * is a retry, which the server reports as the message queued again without its error.
 */
export function mergeMessage(current: ChatMessage, next: Message): ChatMessage {
  const retried = current.status === "failed" && next.status !== "failed" && !next.error;
  const keepStatus = !retried && statusRank[current.status] > statusRank[next.status];
  return {
    ...next,
    status: keepStatus ? current.status : next.status,
    error: keepStatus ? current.error : next.error,
    clientKey: current.clientKey,
  };
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
