import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { tooManyRequests } from "../errors/app-error";

export interface WindowLimit {
  scope: string;
  limit: number;
  windowSeconds: number;
}

const Counter = z.object({ count: z.number() });

const currentWindow = (windowSeconds: number, now: number) =>
  Math.floor(now / 1000 / windowSeconds);

/** Refuses with 429 once `limit` events were recorded for the key in the current window. */
export async function assertUnderLimit(rule: WindowLimit, key: string, now = Date.now()) {
  const window = currentWindow(rule.windowSeconds, now);
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.rateWindow(rule.scope, key, window),
      ConsistentRead: true,
    }),
  );
  const count = Item ? Counter.parse(Item).count : 0;
  if (count >= rule.limit) {
    const retryAfter = (window + 1) * rule.windowSeconds - Math.floor(now / 1000);
    const minutes = Math.ceil(retryAfter / 60);
    throw tooManyRequests(
      `Too many attempts: wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again`,
      retryAfter,
    );
  }
}

export async function recordEvent(rule: WindowLimit, key: string, now = Date.now()) {
  const window = currentWindow(rule.windowSeconds, now);
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.rateWindow(rule.scope, key, window),
      UpdateExpression: "ADD #count :one SET expiresAt = :expiresAt",
      ExpressionAttributeNames: { "#count": "count" },
      ExpressionAttributeValues: {
        ":one": 1,
        ":expiresAt": (window + 2) * rule.windowSeconds,
      },
    }),
  );
}
