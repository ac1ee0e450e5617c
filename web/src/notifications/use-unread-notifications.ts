import { useQuery } from "@tanstack/react-query";
import { useContext } from "react";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { TenantContext } from "../app/tenant-context";

/**
 * The caller's unread notifications count (the sidebar's badge, the tab's title);
 * `notification.created` events refetch it. Outside a workspace it stays idle.
 */
export function useUnreadNotifications() {
  const slug = useContext(TenantContext)?.tenant.slug;
  return useQuery({
    enabled: slug !== undefined,
    queryKey: queryKeys.unreadNotifications(slug ?? ""),
    queryFn: async ({ signal }) =>
      (
        await call("notifications/list", {
          params: { tenant: slug ?? "" },
          query: { limit: 1, unread: "true" },
          signal,
        })
      ).unreadCount,
  });
}
