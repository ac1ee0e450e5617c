import { Bell } from "lucide-react";
import { Link } from "react-router";
import { tenantPath } from "../app/nav-items";
import { useCurrentTenant } from "../app/tenant-context";
import { useUnreadNotifications } from "./use-unread-notifications";

/** The WhatsApp page's way to its notifications, with the caller's unread count. */
export function NotificationsLink() {
  const { tenant } = useCurrentTenant();
  const count = useUnreadNotifications().data ?? 0;
  return (
    <Link
      to={tenantPath(tenant.slug, "whatsapp/notifications")}
      data-testid="notifications-link"
      className="inline-flex items-center justify-center gap-2 rounded-md bg-white px-3.5 py-2 text-sm font-medium text-gray-800 shadow-sm ring-1 ring-gray-300 ring-inset transition-colors hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600"
    >
      <Bell className="size-4" aria-hidden />
      Notifications
      {count > 0 && (
        <span className="inline-flex min-w-5 items-center justify-center rounded-full bg-emerald-600 px-1.5 py-0.5 text-xs font-semibold text-white">
          {count > 99 ? "99+" : count}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
