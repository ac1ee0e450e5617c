import { useQuery } from "@tanstack/react-query";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";

/** The caller's unread notifications count; `notification.created` events refetch it. */
export function useUnreadNotifications() {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.unreadNotifications(tenant.slug),
    queryFn: async ({ signal }) =>
      (
        await call("notifications/list", {
          params: { tenant: tenant.slug },
          query: { limit: 1, unread: "true" },
          signal,
        })
      ).unreadCount,
  });
}
