import { useInfiniteQuery } from "@tanstack/react-query";
import { call } from "../../api/client";
import { type NotificationFilter, queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";
import {
  flattenNotifications,
  type NotificationPages,
} from "../../notifications/notification-cache";

const pageSize = 25;

/** The caller's notifications, newest first, 25 at a time; "unread" keeps only unread ones. */
export function useNotifications(filter: NotificationFilter) {
  const { tenant } = useCurrentTenant();
  return useInfiniteQuery({
    queryKey: queryKeys.notificationList(tenant.slug, filter),
    queryFn: ({ pageParam, signal }) =>
      call("notifications/list", {
        params: { tenant: tenant.slug },
        query: {
          limit: pageSize,
          unread: filter === "unread" ? "true" : undefined,
          cursor: pageParam,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    select: (data: NotificationPages) => flattenNotifications(data),
  });
}
