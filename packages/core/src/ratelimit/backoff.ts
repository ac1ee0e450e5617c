import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { tableName } from "../config";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import { tooManyRequests } from "../errors/app-error";

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

const State = z.object({
  attempts: z.number().default(0),
  strikes: z.number().default(0),
  lockedUntil: z.number().optional(),
  lastAt: z.number().default(0),
});
type State = z.infer<typeof State>;

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
  for (let round = 0; ; round++) {
    const now = Math.floor(Date.now() / 1000);
    try {
      const { Attributes } = await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.backoffLimit(rule.scope, key),
          UpdateExpression: "ADD attempts :one SET lastAt = :now, expiresAt = :forget",
          ConditionExpression:
            "(attribute_not_exists(lockedUntil) OR lockedUntil <= :now) AND (attribute_not_exists(attempts) OR attempts < :limit)",
          ExpressionAttributeValues: {
            ":one": 1,
            ":now": now,
            ":limit": rule.limit,
            ":forget": now + FORGET_AFTER_SECONDS,
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      const state = State.parse(Attributes ?? {});
      return { rule, key, number: state.attempts, strikes: state.strikes };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const state = await read(rule, key);
      if (state.lockedUntil !== undefined && state.lockedUntil > now)
        throw refuse(state.lockedUntil - now);
      // The limit is used up and the last attempt is still being evaluated: it locks in a moment.
      const pendingSince = now - state.lastAt;
      if (pendingSince < STALE_PENDING_SECONDS || round > 0)
        throw refuse(lockSeconds(rule, state.strikes));
      await resetAttempts(rule, key, state);
    }
  }
}

/** After a failed attempt: the one that used the last place locks the key for the back-off. */
export async function attemptFailed(attempt: Attempt): Promise<void> {
  if (attempt.number < attempt.rule.limit) return;
  const until = Math.floor(Date.now() / 1000) + lockSeconds(attempt.rule, attempt.strikes);
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.backoffLimit(attempt.rule.scope, attempt.key),
        UpdateExpression:
          "SET lockedUntil = :until, attempts = :zero, expiresAt = :forget ADD strikes :one",
        ConditionExpression: "attempts >= :limit",
        ExpressionAttributeValues: {
          ":until": until,
          ":zero": 0,
          ":one": 1,
          ":limit": attempt.rule.limit,
          ":forget": until + FORGET_AFTER_SECONDS,
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** A success gives its place back: only failures lead to a lock. */
export async function attemptSucceeded(attempt: Attempt): Promise<void> {
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.backoffLimit(attempt.rule.scope, attempt.key),
        UpdateExpression: "ADD attempts :minusOne",
        ConditionExpression: "attempts > :zero",
        ExpressionAttributeValues: { ":minusOne": -1, ":zero": 0 },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

async function read(rule: BackoffLimit, key: string): Promise<State> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.backoffLimit(rule.scope, key),
      ConsistentRead: true,
    }),
  );
  return State.parse(Item ?? {});
}

async function resetAttempts(rule: BackoffLimit, key: string, seen: State): Promise<void> {
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.backoffLimit(rule.scope, key),
        UpdateExpression: "SET attempts = :zero",
        ConditionExpression: "lastAt = :seen",
        ExpressionAttributeValues: { ":zero": 0, ":seen": seen.lastAt },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
