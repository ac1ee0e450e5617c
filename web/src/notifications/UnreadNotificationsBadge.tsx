import { useUnreadNotifications } from "./use-unread-notifications";

/** The sidebar's live count of the caller's unread notifications; nothing when there are none. */
export function UnreadNotificationsBadge() {
  const unread = useUnreadNotifications();
  const count = unread.data ?? 0;
  if (count <= 0) return null;
  return (
    <span
      data-testid="notifications-badge"
      className="inline-flex min-w-5 items-center justify-center rounded-full bg-emerald-600 px-1.5 py-0.5 text-xs font-semibold text-white"
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> unread</span>
    </span>
  );
}
