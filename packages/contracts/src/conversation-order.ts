import type { Conversation } from "./conversations";

type Versioned = Pick<Conversation, "version" | "updatedAt">;

/**
 * Whether `current` is a later state of the conversation than `next`, so a late event must not
 * undo it. Time is not order: every change raises `version` by one, so it decides; `updatedAt`
 * only when one of the two has no version (stored before versions existed) or both the same.
 */
export function isLaterConversation(current: Versioned, next: Versioned): boolean {
  if (current.version !== undefined && next.version !== undefined) {
    if (current.version !== next.version) return current.version > next.version;
  }
  return Date.parse(current.updatedAt) > Date.parse(next.updatedAt);
}
