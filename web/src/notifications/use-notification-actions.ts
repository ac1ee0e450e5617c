import { useMutation, useQueryClient } from "@tanstack/react-query";
import { markAllNotificationsRead, markNotificationRead } from "../api/notifications";
import { queryKeys } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";
import { refetchNotifications, showAllRead, showRead } from "./notification-cache";

/** Marks one notification read for the caller: at once on screen, then on the server. */
export function useMarkNotificationRead() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(tenant.slug, id),
    onMutate: (id) => showRead(queryClient, tenant.slug, id),
    onError: () => refetchNotifications(queryClient, tenant.slug),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.unreadNotifications(tenant.slug) }),
  });
}

export function useMarkAllNotificationsRead() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markAllNotificationsRead(tenant.slug),
    onMutate: () => showAllRead(queryClient, tenant.slug),
    onSettled: () => refetchNotifications(queryClient, tenant.slug),
  });
}
