import { unlessConditionFails } from "../db/conditions";
import { openCursor, sealCursor } from "../db/cursor";
import { keys } from "../db/keys";
import { queryAll, queryPage } from "../db/query";
import { getItem, putItem, updateItem } from "../db/table";
import { expiresAtFrom, NotificationItem, nowEpochSeconds } from "./notification";

/** Sorts before every notification's sort key (they start with an ISO date). */
const BEFORE_ALL = "0";

/** Live notifications a member may see: the workspace's, and their own (assigned, mention). */
const visibleTo = (userId: string) => ({
  FilterExpression:
    "expiresAt > :now AND (attribute_not_exists(recipientUserId) OR recipientUserId = :me)",
  values: { ":now": nowEpochSeconds(), ":me": userId },
});

/** Whether the member may see the notification (the workspace's, or their own). */
export const isVisibleTo = (item: NotificationItem, userId: string) =>
  item.recipientUserId === undefined || item.recipientUserId === userId;

export async function getNotification(
  tenantId: string,
  id: string,
): Promise<NotificationItem | undefined> {
  const stored = await getItem(keys.notification(tenantId, id), { ConsistentRead: true });
  if (!stored) return undefined;
  const item = fromStored(stored);
  return item.expiresAt > nowEpochSeconds() ? item : undefined;
}

/** Every notification at or before the user's watermark counts as read by them. */
export async function watermarkOf(tenantId: string, userId: string): Promise<string> {
  const Item = await getItem(keys.notificationWatermark(tenantId, userId), {
    ConsistentRead: true,
  });
  return typeof Item?.readUpTo === "string" ? Item.readUpTo : BEFORE_ALL;
}

/** Moves the watermark forward only: a slower "read all" never unreads what a later one read. */
export async function raiseWatermark(tenantId: string, userId: string, upTo: string) {
  await unlessConditionFails(
    putItem({
      Item: {
        ...keys.notificationWatermark(tenantId, userId),
        type: "notificationWatermark",
        readUpTo: upTo,
      },
      ConditionExpression: "attribute_not_exists(readUpTo) OR readUpTo < :upTo",
      ExpressionAttributeValues: { ":upTo": upTo },
    }),
  );
}

/** A read mark names the version (sort key) the user read, so a later update is unread again. */
export async function putReadMark(tenantId: string, userId: string, item: NotificationItem) {
  await putItem({
    Item: {
      ...keys.notificationReadMarks(tenantId, userId),
      sk: item.gsi1sk,
      type: "notificationRead",
      notificationId: item.id,
      expiresAt: item.expiresAt,
    },
  });
}

/**
 * A new_message notification read at `version`: the messages it told of so far are read (a later
 * message, which moves the version, is not).
 */
export async function markMessagesRead(tenantId: string, id: string, version: string) {
  await unlessConditionFails(
    updateItem({
      Key: keys.notification(tenantId, id),
      UpdateExpression: "SET messagesRead = messages",
      ConditionExpression: "gsi1sk = :version AND attribute_exists(messages)",
      ExpressionAttributeValues: { ":version": version },
    }),
  );
}

/** The versions the user marked read one by one after their watermark. */
export async function readMarksAfter(
  tenantId: string,
  userId: string,
  watermark: string,
): Promise<Set<string>> {
  const marks = await queryAll({
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

/** The sort keys of the member's live notifications after a watermark: the candidates for unread. */
export async function versionsAfter(
  tenantId: string,
  userId: string,
  watermark: string,
): Promise<string[]> {
  const visible = visibleTo(userId);
  const items = await queryAll({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk AND gsi1sk > :after",
    FilterExpression: visible.FilterExpression,
    ProjectionExpression: "gsi1sk",
    ExpressionAttributeValues: {
      ":pk": keys.notificationsOfTenantIndex(tenantId).gsi1pk,
      ":after": watermark,
      ...visible.values,
    },
  });
  return items.map((item) => String(item.gsi1sk));
}

/** The newest notification's sort key, what "read all" moves the watermark to. */
export async function newestVersion(tenantId: string): Promise<string | undefined> {
  const page = await queryPage({
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.notificationsOfTenantIndex(tenantId).gsi1pk },
    ProjectionExpression: "gsi1sk",
    ScanIndexForward: false,
    Limit: 1,
  });
  const newest = page.items[0]?.gsi1sk;
  return typeof newest === "string" ? newest : undefined;
}

/**
 * One page of the member's notifications newest first, after the `after` sort key, continuing
 * from a cursor this list gave.
 */
export async function notificationsPage(
  tenantId: string,
  userId: string,
  options: { after: string; cursor?: string; limit: number },
): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  const startKey = await openCursor(tenantId, "notifications", options.cursor);
  const visible = visibleTo(userId);
  const page = await queryPage(
    {
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk > :after",
      FilterExpression: visible.FilterExpression,
      ExpressionAttributeValues: {
        ":pk": keys.notificationsOfTenantIndex(tenantId).gsi1pk,
        ":after": options.after,
        ...visible.values,
      },
      ScanIndexForward: false,
      Limit: options.limit,
    },
    startKey,
  );
  return {
    items: page.items.map(fromStored),
    nextCursor: await sealCursor(tenantId, "notifications", page.lastKey),
  };
}

type NewNotification = Omit<NotificationItem, "gsi1sk" | "expiresAt" | "updatedAt">;

/** Stores a notification that never changes afterwards (an escalation, an assignment, a mention). */
export async function putNotification(input: NewNotification): Promise<NotificationItem> {
  const item: NotificationItem = {
    ...input,
    updatedAt: input.createdAt,
    gsi1sk: keys.notificationIndex(input.tenantId, input.createdAt, input.id).gsi1sk,
    expiresAt: expiresAtFrom(input.createdAt),
  };
  await putItem({
    Item: {
      ...keys.notification(input.tenantId, input.id),
      ...keys.notificationIndex(input.tenantId, item.updatedAt, item.id),
      ...item,
      type: "notification",
      kind: item.type,
    },
  });
  return item;
}

/**
 * Creates the notification or moves it to the top (`at`, now) with new text. `eventAt` and
 * `eventId` name the event it tells of: an older event arriving late (webhooks are not ordered),
 * or the same one again (a redelivery), changes nothing and answers undefined. The list is
 * ordered by `at`, not by the provider's clock, so nothing lands behind a "read all" unseen.
 */
export async function upsertNotification(
  input: Omit<NewNotification, "createdAt"> & {
    at: string;
    eventAt: string;
    eventId: string;
    customerName: string;
  },
): Promise<NotificationItem | undefined> {
  const index = keys.notificationIndex(input.tenantId, input.at, input.id);
  const written = await unlessConditionFails(
    updateItem({
      Key: keys.notification(input.tenantId, input.id),
      UpdateExpression:
        "SET #entity = :entity, tenantId = :tenantId, id = :id, #type = :type, " +
        "conversationId = :conversationId, title = :title, body = :body, " +
        "createdAt = if_not_exists(createdAt, :at), updatedAt = :at, " +
        "eventAt = :eventAt, eventId = :eventId, customerName = :customerName, " +
        "gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, expiresAt = :expiresAt ADD messages :one",
      ConditionExpression:
        "attribute_not_exists(pk) OR eventAt < :eventAt OR (eventAt = :eventAt AND eventId <> :eventId)",
      ExpressionAttributeNames: { "#entity": "type", "#type": "kind" },
      ExpressionAttributeValues: {
        ":entity": "notification",
        ":tenantId": input.tenantId,
        ":id": input.id,
        ":type": input.type,
        ":conversationId": input.conversationId,
        ":title": input.title,
        ":body": input.body,
        ":at": input.at,
        ":eventAt": input.eventAt,
        ":eventId": input.eventId,
        ":gsi1pk": index.gsi1pk,
        ":gsi1sk": index.gsi1sk,
        ":expiresAt": expiresAtFrom(input.at),
        ":customerName": input.customerName,
        ":one": 1,
      },
      ReturnValues: "ALL_NEW",
    }),
  );
  return written && fromStored(written.Attributes ?? {});
}

/** The table's `type` attribute names the entity, so the notification's own type is `kind`. */
export function fromStored(stored: Record<string, unknown>): NotificationItem {
  return NotificationItem.parse({ ...stored, type: stored.kind });
}
