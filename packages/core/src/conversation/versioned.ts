import { setTimeout as sleep } from "node:timers/promises";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import type { TransactItem } from "../db/transact";
import { type ConversationItem, lastActivityAt } from "./conversation";
import { getConversation } from "./repository";

/** The stored item's list-index keys, from its status and latest activity. */
export const conversationIndexesOf = (conversation: ConversationItem) =>
  keys.conversationIndexes(
    conversation.tenantId,
    conversation.status,
    lastActivityAt(conversation),
    conversation.id,
  );

/** A conversation read before versions existed has no attribute to compare with. */
function versionCondition(read: ConversationItem) {
  return read.version === 0
    ? "attribute_exists(pk) AND (attribute_not_exists(#version) OR #version = :seenVersion)"
    : "#version = :seenVersion";
}

type UpdateInput = NonNullable<TransactItem["Update"]>;

/**
 * The write that turns `read` into `next`: only the attributes that differ, the list index, and
 * version + 1 — conditioned on the version that was read, so that `next` (with its version) is
 * exactly what is stored, or nothing is.
 */
export function versionedUpdate(read: ConversationItem, next: ConversationItem): UpdateInput {
  const stored: Record<string, unknown> = { ...next, ...conversationIndexesOf(next) };
  delete stored.version;
  const names: Record<string, string> = { "#version": "version" };
  const values: Record<string, unknown> = {
    ":seenVersion": read.version,
    ":nextVersion": read.version + 1,
  };
  const sets = ["#version = :nextVersion"];
  const removes: string[] = [];
  const before = read as Record<string, unknown>;
  let n = 0;
  for (const [name, value] of Object.entries(stored)) {
    if (name === "tenantId" || name === "id") continue;
    const changed = JSON.stringify(value) !== JSON.stringify(before[name]);
    if (value === undefined || (!changed && !name.startsWith("gsi"))) continue;
    names[`#a${n}`] = name;
    values[`:a${n}`] = value;
    sets.push(`#a${n} = :a${n}`);
    n++;
  }
  for (const name of Object.keys(before)) {
    if (before[name] === undefined || stored[name] !== undefined || name === "version") continue;
    names[`#a${n}`] = name;
    removes.push(`#a${n}`);
    n++;
  }
  return {
    TableName: tableName(),
    Key: keys.conversation(read.tenantId, read.id),
    UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
    ConditionExpression: versionCondition(read),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** The first version of a new conversation; fails if one was created meanwhile. */
export function putNewConversation(conversation: ConversationItem): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.conversation(conversation.tenantId, conversation.id),
        ...conversationIndexesOf(conversation),
        type: "conversation",
        ...conversation,
        version: 1,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

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
  | { found: true; changed: true; previous: ConversationItem; conversation: ConversationItem };

/**
 * Reads the conversation, lets `decide` compute what it should become (or undefined: nothing to
 * change), and writes that on the condition that the version is still the one read; someone
 * else's write in between means a fresh read and another decision.
 */
export async function changeConversation(
  tenantId: string,
  id: string,
  decide: (current: ConversationItem) => ConversationItem | undefined,
): Promise<ConversationChange> {
  for (let attempt = 1; ; attempt++) {
    const current = await getConversation(tenantId, id);
    if (!current) return { found: false };
    const next = decide(current);
    if (!next) return { found: true, changed: false, conversation: current };
    try {
      await db().send(new UpdateCommand(versionedUpdate(current, next)));
      return {
        found: true,
        changed: true,
        previous: current,
        conversation: afterWrite(current, next),
      };
    } catch (error) {
      if (!isConditionFailure(error) || attempt >= VERSION_ATTEMPTS) throw error;
      await backOff(attempt);
    }
  }
}
