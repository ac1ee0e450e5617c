import { unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { putItem, updateItem } from "../db/table";
import { expiresAtFrom, NotificationItem } from "./notification";

type NewNotification = Omit<NotificationItem, "gsi1sk" | "expiresAt" | "updatedAt">;

/** Stores a notification that never changes afterwards (an escalation). */
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
  input: Omit<NewNotification, "createdAt"> & { at: string; eventAt: string; eventId: string },
): Promise<NotificationItem | undefined> {
  const index = keys.notificationIndex(input.tenantId, input.at, input.id);
  const written = await unlessConditionFails(
    updateItem({
      Key: keys.notification(input.tenantId, input.id),
      UpdateExpression:
        "SET #entity = :entity, tenantId = :tenantId, id = :id, #type = :type, " +
        "conversationId = :conversationId, title = :title, body = :body, " +
        "createdAt = if_not_exists(createdAt, :at), updatedAt = :at, " +
        "eventAt = :eventAt, eventId = :eventId, " +
        "gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, expiresAt = :expiresAt",
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
