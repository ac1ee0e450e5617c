import { useQuery } from "@tanstack/react-query";
import { listNotifications } from "../api/notifications";
import { queryKeys } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";

/** The caller's unread notifications count; `notification.created` events refetch it. */
export function useUnreadNotifications() {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.unreadNotifications(tenant.slug),
    queryFn: async ({ signal }) =>
      (await listNotifications(tenant.slug, { unread: true, limit: 1 }, signal)).unreadCount,
  });
}
