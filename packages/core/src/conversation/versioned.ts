import { setTimeout as sleep } from "node:timers/promises";
import { isConditionFailure } from "../db/conditions";
import { ConditionsFailed, type TransactItem, transactLabelled } from "../db/transact";
import type { MessageItem } from "../message/message";
import { messagePut } from "../message/repository";
import type { ConversationItem } from "./conversation";
import { getConversation, updateOnVersion, versionedUpdate } from "./repository";

/** The conversation after a versioned write of `next` over `read`. */
export const afterWrite = (read: ConversationItem, next: ConversationItem): ConversationItem => ({
  ...next,
  version: read.version + 1,
});

/** Rounds of "read, decide, write on the version read" before giving up. */
export const VERSION_ATTEMPTS = 10;

/** A short random pause between rounds, so writers that collided do not collide again. */
export const backOff = (attempt: number) => sleep(Math.random() * 5 * 2 ** Math.min(attempt, 6));

export type ConversationChange =
  | { found: false }
  | { found: true; changed: false; conversation: ConversationItem }
  | {
      found: true;
      changed: true;
      previous: ConversationItem;
      conversation: ConversationItem;
      /** The timeline lines stored with the change. */
      lines: MessageItem[];
    };

/**
 * Reads the conversation, lets `decide` compute what it should become (or undefined: nothing to
 * change), and writes that on the condition that the version is still the one read; someone
 * else's write in between means a fresh read and another decision. `linesOf` gives the timeline
 * lines (who changed what) that are stored in the same transaction as the change.
 */
export async function changeConversation(
  tenantId: string,
  id: string,
  decide: (current: ConversationItem) => ConversationItem | undefined,
  linesOf: (
    read: ConversationItem,
    next: ConversationItem,
  ) => Promise<MessageItem[]> = async () => [],
): Promise<ConversationChange> {
  for (let attempt = 1; ; attempt++) {
    const current = await getConversation(tenantId, id);
    if (!current) return { found: false };
    const next = decide(current);
    if (!next) return { found: true, changed: false, conversation: current };
    const lines = await linesOf(current, next);
    try {
      if (lines.length === 0) await updateOnVersion(current, next);
      else
        await transactLabelled([
          ["conversation", versionedUpdate(current, next)],
          ...lines.map((line): [string, TransactItem] => ["line", messagePut(line)]),
        ]);
      return {
        found: true,
        changed: true,
        previous: current,
        conversation: afterWrite(current, next),
        lines,
      };
    } catch (error) {
      const refused = isConditionFailure(error) || error instanceof ConditionsFailed;
      if (!refused || attempt >= VERSION_ATTEMPTS) throw error;
      await backOff(attempt);
    }
  }
}
