import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import { tooManyRequests } from "../errors/app-error";

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
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
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
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const retryAfter = (window + 1) * rule.windowSeconds - Math.floor(now / 1000);
    const minutes = Math.ceil(retryAfter / 60);
    throw tooManyRequests(
      `Too many requests from your network: wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again`,
      retryAfter,
    );
  }
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
