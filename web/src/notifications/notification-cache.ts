import type { Notification, NotificationList } from "@helios/contracts";
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { type NotificationFilter, queryKeys } from "../api/query-keys";

/** A notifications list as cached: the pages loaded so far, newest first. */
export type NotificationPages = InfiniteData<NotificationList, string | undefined>;

function listEntries(queryClient: QueryClient, tenant: string) {
  return queryClient.getQueriesData<NotificationPages>({
    queryKey: queryKeys.notificationLists(tenant),
  });
}

function mapItems(data: NotificationPages, change: (item: Notification) => Notification) {
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(change) })) };
}

/** The loaded pages as one list, each notification once (a collapsed one may move pages). */
export function flattenNotifications(data: NotificationPages): Notification[] {
  const byId = new Map<string, Notification>();
  for (const item of data.pages.flatMap((page) => page.items)) {
    if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return [...byId.values()];
}

/**
 * A new notification, or a conversation's new_message notification updated by a later message
 * (same id): it replaces the one shown and goes on top. The count comes back from the server.
 */
export function upsertNotification(
  queryClient: QueryClient,
  tenant: string,
  notification: Notification,
): void {
  for (const [key, data] of listEntries(queryClient, tenant)) {
    if (!data) continue;
    const filter = key[5] as NotificationFilter;
    const shown = filter === "all" || !notification.read;
    queryClient.setQueryData<NotificationPages>(key, {
      ...data,
      pages: data.pages.map((page, index) => {
        const items = page.items.filter((item) => item.id !== notification.id);
        return { ...page, items: index === 0 && shown ? [notification, ...items] : items };
      }),
    });
  }
  void queryClient.invalidateQueries({ queryKey: queryKeys.unreadNotifications(tenant) });
}

/** Whether a notification is shown as unread anywhere in the cache. */
function isShownUnread(queryClient: QueryClient, tenant: string, id: string): boolean {
  return listEntries(queryClient, tenant).some(([, data]) =>
    data?.pages.some((page) => page.items.some((item) => item.id === id && !item.read)),
  );
}

/** Read at once on screen (the request follows); the badge goes down by one. */
export function showRead(queryClient: QueryClient, tenant: string, id: string): void {
  if (isShownUnread(queryClient, tenant, id)) {
    queryClient.setQueryData<number>(queryKeys.unreadNotifications(tenant), (count) =>
      count === undefined ? count : Math.max(0, count - 1),
    );
  }
  for (const [key, data] of listEntries(queryClient, tenant)) {
    if (!data) continue;
    queryClient.setQueryData(
      key,
      mapItems(data, (item) => (item.id === id ? { ...item, read: true } : item)),
    );
  }
}

export function showAllRead(queryClient: QueryClient, tenant: string): void {
  queryClient.setQueryData<number>(queryKeys.unreadNotifications(tenant), 0);
  for (const [key, data] of listEntries(queryClient, tenant)) {
    if (data)
      queryClient.setQueryData(
        key,
        mapItems(data, (item) => ({ ...item, read: true })),
      );
  }
}

/** After a failed request or a reconnect: the server's state again. */
export function refetchNotifications(queryClient: QueryClient, tenant: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: queryKeys.notifications(tenant) });
}
