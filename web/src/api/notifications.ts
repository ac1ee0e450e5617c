import type { MarkAllReadResponse, Notification, NotificationList } from "@helios/contracts";
import { api } from "./client";

function notificationsPath(tenant: string, rest = ""): string {
  return `/t/${encodeURIComponent(tenant)}/whatsapp/notifications${rest}`;
}

export interface NotificationPage {
  unread?: boolean;
  cursor?: string;
  limit?: number;
}

/** Newest first, with the caller's own read state and unread count; `nextCursor` pages on. */
export function listNotifications(
  tenant: string,
  { unread, cursor, limit = 25 }: NotificationPage,
  signal?: AbortSignal,
): Promise<NotificationList> {
  const search = new URLSearchParams({ limit: String(limit) });
  if (unread) search.set("unread", "true");
  if (cursor) search.set("cursor", cursor);
  return api<NotificationList>(`${notificationsPath(tenant)}?${search}`, { signal });
}

export function markNotificationRead(tenant: string, id: string): Promise<Notification> {
  return api<Notification>(notificationsPath(tenant, `/${encodeURIComponent(id)}/read`), {
    method: "POST",
  });
}

export function markAllNotificationsRead(tenant: string): Promise<MarkAllReadResponse> {
  return api<MarkAllReadResponse>(notificationsPath(tenant, "/read-all"), { method: "POST" });
}
