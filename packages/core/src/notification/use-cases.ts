import type {
  ListNotificationsQuery,
  MarkAllReadResponse,
  Notification,
  NotificationList,
} from "@helios/contracts";
import type { Actor } from "../access/actor";
import { notFound } from "../errors/app-error";
import { type NotificationItem, newMessageNotificationId, toNotification } from "./notification";
import {
  getNotification,
  isVisibleTo,
  markMessagesRead,
  newestVersion,
  notificationsPage,
  putReadMark,
  raiseWatermark,
  readMarksAfter,
  versionsAfter,
  watermarkOf,
} from "./repository";

/**
 * Notifications belong to the workspace and every role sees them, except a member's own
 * (assigned, mention), which only they see; read state is the caller's own: a watermark ("read all" up to here) plus a mark per notification read after it.
 */
async function readStateOf(actor: Actor) {
  const watermark = await watermarkOf(actor.tenantId, actor.userId);
  const [marks, candidates] = await Promise.all([
    readMarksAfter(actor.tenantId, actor.userId, watermark),
    versionsAfter(actor.tenantId, actor.userId, watermark),
  ]);
  const isRead = (version: string) => version <= watermark || marks.has(version);
  const unread = candidates.filter((version) => !isRead(version));
  return { watermark, isRead, unread, unreadCount: unread.length };
}

/** The caller read this version of a notification: a new_message one starts counting anew. */
async function read(actor: Actor, item: NotificationItem) {
  await putReadMark(actor.tenantId, actor.userId, item);
  if (item.type === "new_message") await markMessagesRead(actor.tenantId, item.id, item.gsi1sk);
}

export async function list(actor: Actor, query: ListNotificationsQuery): Promise<NotificationList> {
  const state = await readStateOf(actor);
  const page = await notificationsPage(actor.tenantId, actor.userId, {
    after: query.unread ? state.watermark : "0",
    cursor: query.cursor,
    limit: query.limit,
  });
  const items = page.items
    .map((item) => toNotification(item, state.isRead(item.gsi1sk)))
    .filter((notification) => !query.unread || !notification.read);
  return { items, unreadCount: state.unreadCount, nextCursor: page.nextCursor };
}

export async function markRead(actor: Actor, id: string): Promise<Notification> {
  const item = await getNotification(actor.tenantId, id);
  // Another member's own notification is as unknown to the caller as one that never was.
  if (!item || !isVisibleTo(item, actor.userId)) {
    throw notFound(
      "notification_not_found",
      "This notification does not exist (notifications expire after 90 days)",
    );
  }
  await read(actor, item);
  return toNotification(item, true);
}

/**
 * Reading a conversation reads its new_message notification too (for the caller only): whoever
 * has the chat open is not told again of the messages they are looking at.
 */
export async function markConversationNotificationRead(
  actor: Actor,
  conversationId: string,
): Promise<void> {
  const item = await getNotification(actor.tenantId, newMessageNotificationId(conversationId));
  if (item) await read(actor, item);
}

export async function markAllRead(actor: Actor): Promise<MarkAllReadResponse> {
  const [newest, before] = await Promise.all([newestVersion(actor.tenantId), readStateOf(actor)]);
  if (newest) await raiseWatermark(actor.tenantId, actor.userId, newest);
  // A version is `<at>#<id>`: the new_message notifications read now start counting anew.
  const prefix = newMessageNotificationId("");
  await Promise.all(
    before.unread
      .filter((version) => version <= (newest ?? "") && version.includes(`#${prefix}`))
      .map((version) =>
        markMessagesRead(actor.tenantId, version.slice(version.indexOf("#") + 1), version),
      ),
  );
  return { unreadCount: (await readStateOf(actor)).unreadCount };
}
