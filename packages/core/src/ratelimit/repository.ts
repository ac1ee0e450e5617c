import * as z from "@helios/contracts/zod";
import { unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { getItem, updateItem } from "../db/table";

/** A back-off limit's counter of one key (`ratelimit/backoff.ts`). */
export const BackoffState = z.object({
  attempts: z._default(z.number(), 0),
  strikes: z._default(z.number(), 0),
  lockedUntil: z.optional(z.number()),
  lastAt: z._default(z.number(), 0),
});
export type BackoffState = z.infer<typeof BackoffState>;

type BackoffKey = { scope: string; key: string };
const backoffKey = ({ scope, key }: BackoffKey) => keys.backoffLimit(scope, key);

/**
 * Counts an attempt unless the key is locked or its `limit` places are taken (one conditional
 * UpdateItem); the counter after it, or undefined when refused.
 */
export async function countAttempt(
  limit: BackoffKey & { limit: number },
  now: number,
  forgetAt: number,
): Promise<BackoffState | undefined> {
  const written = await unlessConditionFails(
    updateItem({
      Key: backoffKey(limit),
      UpdateExpression: "ADD attempts :one SET lastAt = :now, expiresAt = :forget",
      ConditionExpression:
        "(attribute_not_exists(lockedUntil) OR lockedUntil <= :now) AND (attribute_not_exists(attempts) OR attempts < :limit)",
      ExpressionAttributeValues: {
        ":one": 1,
        ":now": now,
        ":limit": limit.limit,
        ":forget": forgetAt,
      },
      ReturnValues: "ALL_NEW",
    }),
  );
  return written && BackoffState.parse(written.Attributes ?? {});
}

/** Locks the key until `until`, if its places are still all taken. */
export async function lockAttempts(
  limit: BackoffKey & { limit: number },
  until: number,
  forgetAt: number,
): Promise<void> {
  await unlessConditionFails(
    updateItem({
      Key: backoffKey(limit),
      UpdateExpression:
        "SET lockedUntil = :until, attempts = :zero, expiresAt = :forget ADD strikes :one",
      ConditionExpression: "attempts >= :limit",
      ExpressionAttributeValues: {
        ":until": until,
        ":zero": 0,
        ":one": 1,
        ":limit": limit.limit,
        ":forget": forgetAt,
      },
    }),
  );
}

/** Gives one counted place back (never below zero). */
export async function giveBackAttempt(limit: BackoffKey): Promise<void> {
  await unlessConditionFails(
    updateItem({
      Key: backoffKey(limit),
      UpdateExpression: "ADD attempts :minusOne",
      ConditionExpression: "attempts > :zero",
      ExpressionAttributeValues: { ":minusOne": -1, ":zero": 0 },
    }),
  );
}

export async function readBackoff(limit: BackoffKey): Promise<BackoffState> {
  const item = await getItem(backoffKey(limit), { ConsistentRead: true });
  return BackoffState.parse(item ?? {});
}

/** Frees the places, if no attempt was counted since `seenLastAt`. */
export async function resetAttempts(limit: BackoffKey, seenLastAt: number): Promise<void> {
  await unlessConditionFails(
    updateItem({
      Key: backoffKey(limit),
      UpdateExpression: "SET attempts = :zero",
      ConditionExpression: "lastAt = :seen",
      ExpressionAttributeValues: { ":zero": 0, ":seen": seenLastAt },
    }),
  );
}

/**
 * Counts one event in a fixed window unless `limit` were counted (one conditional UpdateItem, so
 * parallel requests cannot exceed it); whether there was room.
 */
export async function countInWindow(
  rule: { scope: string; limit: number; windowSeconds: number },
  key: string,
  window: number,
): Promise<boolean> {
  const written = await unlessConditionFails(
    updateItem({
      Key: keys.rateWindow(rule.scope, key, window),
      UpdateExpression: "ADD #count :one SET expiresAt = :expiresAt",
      ConditionExpression: "attribute_not_exists(#count) OR #count < :limit",
      ExpressionAttributeNames: { "#count": "count" },
      ExpressionAttributeValues: {
        ":one": 1,
        ":limit": rule.limit,
        ":expiresAt": (window + 2) * rule.windowSeconds,
      },
    }),
  );
  return written !== undefined;
}
