import { useMutation, useQueryClient } from "@tanstack/react-query";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";
import { refetchNotifications, showAllRead, showRead } from "./notification-cache";

/** Marks one notification read for the caller: at once on screen, then on the server. */
export function useMarkNotificationRead() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      call("notifications/read", { params: { tenant: tenant.slug, notificationId } }),
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
    mutationFn: () => call("notifications/read-all", { params: { tenant: tenant.slug } }),
    onMutate: () => showAllRead(queryClient, tenant.slug),
    onSettled: () => refetchNotifications(queryClient, tenant.slug),
  });
}
