import type { Notification } from "@helios/contracts";
import { NotificationType } from "@helios/contracts";
import { z } from "zod";

export const NotificationItem = z.object({
  tenantId: z.string(),
  id: z.string(),
  type: NotificationType,
  conversationId: z.string(),
  /** For a notification of one member's own (assigned, mention): only they list and count it. */
  recipientUserId: z.string().optional(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Its place in the newest-first list, and the version a per-user read mark refers to. */
  gsi1sk: z.string(),
  /** Epoch seconds: DynamoDB's TTL deletes it then (and queries skip it until that happens). */
  expiresAt: z.number().int(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const RETENTION_SECONDS = 90 * 24 * 60 * 60;

export const expiresAtFrom = (iso: string) =>
  Math.floor(Date.parse(iso) / 1000) + RETENTION_SECONDS;

export const nowEpochSeconds = () => Math.floor(Date.now() / 1000);

/** A conversation has one new_message notification, so its id derives from the conversation. */
export const newMessageNotificationId = (conversationId: string) => `nm-${conversationId}`;

export const toNotification = (item: NotificationItem, read: boolean): Notification => ({
  id: item.id,
  type: item.type,
  conversationId: item.conversationId,
  title: item.title,
  body: item.body,
  read,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});
