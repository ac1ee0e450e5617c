import { UnreadBadge } from "../components/UnreadBadge";
import { useUnreadNotifications } from "./use-unread-notifications";

/** The sidebar's live count of the caller's unread notifications; nothing when there are none. */
export function UnreadNotificationsBadge() {
  const unread = useUnreadNotifications();
  return <UnreadBadge count={unread.data ?? 0} testId="notifications-badge" />;
}
