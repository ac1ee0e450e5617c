import { pageLimit } from "./paging";
import * as z from "./zod";

/** `assigned`: a conversation was assigned to you; `mention`: a note mentions you (yours alone). */
export const NotificationType = z.enum(["escalation", "new_message", "assigned", "mention"]);
export type NotificationType = z.infer<typeof NotificationType>;

/**
 * Something a person in the workspace should look at. `read` is the caller's own read state.
 * A `new_message` notification is one per conversation: a later message updates it (new body,
 * new `updatedAt`, unread again) instead of adding another, so `id` stays the same.
 */
export const Notification = z.object({
  id: z.string(),
  type: NotificationType,
  conversationId: z.string(),
  title: z.string(),
  body: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
  /** The latest event it tells of (a collapsed new_message notification's latest message). */
  updatedAt: z.string(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({
  items: z.array(Notification),
  /** The caller's unread notifications in the workspace, not only on this page. */
  unreadCount: z.int(),
  nextCursor: z.nullable(z.string()),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const ListNotificationsQuery = z.object({
  unread: z.pipe(
    z.optional(z.enum(["true", "false"], { message: "unread is true or false" })),
    z.transform((value) => value === "true"),
  ),
  limit: pageLimit(25),
  cursor: z.optional(z.string()),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

export const MarkAllReadResponse = z.object({ unreadCount: z.int() });
export type MarkAllReadResponse = z.infer<typeof MarkAllReadResponse>;
