import type { Notification } from "@helios/contracts";
import { NotificationType } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

export const NotificationItem = z.object({
  tenantId: z.string(),
  id: z.string(),
  type: NotificationType,
  conversationId: z.string(),
  /** For a notification of one member's own (assigned, mention): only they list and count it. */
  recipientUserId: z.optional(z.string()),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Its place in the newest-first list, and the version a per-user read mark refers to. */
  gsi1sk: z.string(),
  /** Epoch seconds: DynamoDB's TTL deletes it then (and queries skip it until that happens). */
  expiresAt: z.int(),
  /** A new_message notification: the customer it names, and how many messages it told of... */
  customerName: z.optional(z.string()),
  messages: z.optional(z.int()),
  /** ...of which this many had been told of when it was last read. */
  messagesRead: z.optional(z.int()),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const RETENTION_SECONDS = 90 * 24 * 60 * 60;

export const expiresAtFrom = (iso: string) =>
  Math.floor(Date.parse(iso) / 1000) + RETENTION_SECONDS;

export const nowEpochSeconds = () => Math.floor(Date.now() / 1000);

/** A conversation has one new_message notification, so its id derives from the conversation. */
export const newMessageNotificationId = (conversationId: string) => `nm-${conversationId}`;

export const newMessageTitle = (count: number, name: string) =>
  count > 1 ? `${count} new messages from ${name}` : `New message from ${name}`;

/**
 * An unread new_message notification that was read before counts the messages since then ("2 new
 * messages" only when both are unread); otherwise its stored title, which counts the
 * conversation's unread messages.
 */
function titleOf(item: NotificationItem, read: boolean): string {
  if (read || item.customerName === undefined || item.messages === undefined) return item.title;
  if (item.messagesRead === undefined) return item.title;
  const unread = item.messages - (item.messagesRead ?? 0);
  return unread > 0 ? newMessageTitle(unread, item.customerName) : item.title;
}

export const toNotification = (item: NotificationItem, read: boolean): Notification => ({
  id: item.id,
  type: item.type,
  conversationId: item.conversationId,
  title: titleOf(item, read),
  body: item.body,
  read,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});
