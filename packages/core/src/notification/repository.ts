import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { validationFailed } from "../errors/app-error";
import { type NotificationItem, nowEpochSeconds } from "./notification";
import { fromStored } from "./store";

/** Sorts before every notification's sort key (they start with an ISO date). */
const BEFORE_ALL = "0";

export async function getNotification(
  tenantId: string,
  id: string,
): Promise<NotificationItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.notification(tenantId, id),
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  const item = fromStored(Item);
  return item.expiresAt > nowEpochSeconds() ? item : undefined;
}

/** Every notification at or before the user's watermark counts as read by them. */
export async function watermarkOf(tenantId: string, userId: string): Promise<string> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.notificationWatermark(tenantId, userId),
      ConsistentRead: true,
    }),
  );
  return typeof Item?.readUpTo === "string" ? Item.readUpTo : BEFORE_ALL;
}

/** Moves the watermark forward only: a slower "read all" never unreads what a later one read. */
export async function raiseWatermark(tenantId: string, userId: string, upTo: string) {
  await db()
    .send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.notificationWatermark(tenantId, userId),
          type: "notificationWatermark",
          readUpTo: upTo,
        },
        ConditionExpression: "attribute_not_exists(readUpTo) OR readUpTo < :upTo",
        ExpressionAttributeValues: { ":upTo": upTo },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** A read mark names the version (sort key) the user read, so a later update is unread again. */
export async function putReadMark(tenantId: string, userId: string, item: NotificationItem) {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.notificationReadMarks(tenantId, userId),
        sk: item.gsi1sk,
        type: "notificationRead",
        notificationId: item.id,
        expiresAt: item.expiresAt,
      },
    }),
  );
}

/** The versions the user marked read one by one after their watermark. */
export async function readMarksAfter(
  tenantId: string,
  userId: string,
  watermark: string,
): Promise<Set<string>> {
  const marks = await queryEvery({
    KeyConditionExpression: "pk = :pk AND sk > :after",
    FilterExpression: "expiresAt > :now",
    ProjectionExpression: "sk",
    ExpressionAttributeValues: {
      ":pk": keys.notificationReadMarks(tenantId, userId).pk,
      ":after": watermark,
      ":now": nowEpochSeconds(),
    },
  });
  return new Set(marks.map((mark) => String(mark.sk)));
}

/** The sort keys of the live notifications after a watermark: the candidates for unread. */
export async function versionsAfter(tenantId: string, watermark: string): Promise<string[]> {
  const items = await queryEvery({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk > :after",
    FilterExpression: "expiresAt > :now",
    ProjectionExpression: "gsi1sk",
    ExpressionAttributeValues: {
      ":pk": keys.notificationsOfTenantIndex(tenantId).gsi1pk,
      ":after": watermark,
      ":now": nowEpochSeconds(),
    },
  });
  return items.map((item) => String(item.gsi1sk));
}

/** The newest notification's sort key, what "read all" moves the watermark to. */
export async function newestVersion(tenantId: string): Promise<string | undefined> {
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.notificationsOfTenantIndex(tenantId).gsi1pk },
      ProjectionExpression: "gsi1sk",
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  const newest = page.Items?.[0]?.gsi1sk;
  return typeof newest === "string" ? newest : undefined;
}

/**
 * One page newest first, after the `after` sort key; the cursor is the sort key where the page
 * stopped, and the key of that item is rebuilt from it (`<updatedAt>#<id>`) to continue.
 */
export async function notificationsPage(
  tenantId: string,
  options: { after: string; cursor?: string; limit: number },
): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  const index = keys.notificationsOfTenantIndex(tenantId);
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk > :after",
      FilterExpression: "expiresAt > :now",
      ExpressionAttributeValues: {
        ":pk": index.gsi1pk,
        ":after": options.after,
        ":now": nowEpochSeconds(),
      },
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: options.cursor ? startKey(tenantId, options.cursor) : undefined,
    }),
  );
  const last = page.LastEvaluatedKey?.gsi1sk;
  return {
    items: (page.Items ?? []).map(fromStored),
    nextCursor: typeof last === "string" ? last : null,
  };
}

const CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#([A-Za-z0-9_-]+)$/;

function startKey(tenantId: string, cursor: string): Record<string, string> {
  const id = CURSOR.exec(cursor)?.[1];
  if (!id) {
    throw validationFailed("The cursor is not valid: start again from the first page", {
      cursor: "Not a cursor this API gave",
    });
  }
  return {
    ...keys.notification(tenantId, id),
    ...keys.notificationsOfTenantIndex(tenantId),
    gsi1sk: cursor,
  };
}

async function queryEvery(
  input: Omit<QueryCommandInput, "TableName">,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({ TableName: tableName(), ExclusiveStartKey: startKey, ...input }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
