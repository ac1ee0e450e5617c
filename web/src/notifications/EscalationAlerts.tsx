import { useEffect } from "react";
import { useNavigate } from "react-router";
import { useCurrentTenant } from "../app/tenant-context";
import { chatPath } from "../conversations/paths";
import { setAlertOpener } from "./browser-alert";
import { useMarkNotificationRead } from "./use-notification-actions";

/** Clicking a desktop alert opens its chat and marks it read, like its link on the page. */
export function EscalationAlerts() {
  const { tenant } = useCurrentTenant();
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const { mutate } = markRead;

  useEffect(
    () =>
      setAlertOpener((notification) => {
        mutate(notification.id);
        void navigate(chatPath(tenant.slug, notification.conversationId));
      }),
    [mutate, navigate, tenant.slug],
  );
  return null;
}
