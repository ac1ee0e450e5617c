import { Bell, CheckCheck } from "lucide-react";
import { errorMessage } from "../../api/api-error";
import type { NotificationFilter } from "../../api/query-keys";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { LoadMore } from "../../components/LoadMore";
import { PageHeader } from "../../components/PageHeader";
import { QueryView } from "../../components/QueryView";
import { NotificationsSkeleton } from "../../components/skeletons";
import { ToggleGroup } from "../../components/ToggleGroup";
import { useSearchFilter } from "../../components/use-search-filter";
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from "../../notifications/use-notification-actions";
import { useUnreadNotifications } from "../../notifications/use-unread-notifications";
import { DesktopAlertsButton } from "./DesktopAlertsButton";
import { NotificationRow } from "./NotificationRow";
import { useNotifications } from "./use-notifications";

const filterOptions: ReadonlyArray<{ value: NotificationFilter; label: string }> = [
  { value: "all", label: "All" },
  { value: "unread", label: "Unread" },
];

const readFilter = (value: string | null): NotificationFilter =>
  value === "unread" ? "unread" : "all";

/** `/app/:tenant/whatsapp/notifications`: escalations and messages waiting for a person. */
export function NotificationsPage() {
  const [filter, setFilter] = useSearchFilter("show", readFilter);
  const notifications = useNotifications(filter);
  const unread = useUnreadNotifications();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const unreadCount = unread.data ?? 0;

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Escalations, and customer messages in conversations no AI is answering."
        actions={
          <>
            <DesktopAlertsButton />
            <Button
              onClick={() => markAllRead.mutate()}
              pending={markAllRead.isPending}
              disabled={unreadCount === 0}
              icon={<CheckCheck className="size-4" aria-hidden />}
            >
              Mark all as read
            </Button>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-gray-600" data-testid="unread-summary">
          {unreadCount === 0 ? "All caught up" : `${unreadCount} unread`}
        </p>
        <ToggleGroup label="Show" options={filterOptions} value={filter} onChange={setFilter} />
      </div>
      {(markRead.isError || markAllRead.isError) && (
        <Alert className="mb-4">
          Could not mark as read: {errorMessage(markRead.error ?? markAllRead.error)}
        </Alert>
      )}
      <QueryView
        query={notifications}
        loading={<NotificationsSkeleton />}
        errorTitle="Could not load the notifications"
        isEmpty={(data) => data.length === 0}
        empty={
          <EmptyState
            icon={Bell}
            title={filter === "unread" ? "No unread notifications" : "No notifications yet"}
          >
            When the AI hands a conversation to people, or a customer writes in a conversation whose
            AI is off, it shows here.
          </EmptyState>
        }
      >
        {(data) => (
          <>
            <ul
              aria-label="Notifications"
              data-testid="notification-list"
              className="divide-y divide-gray-100 overflow-hidden rounded-lg border border-gray-200 bg-white shadow-sm"
            >
              {data.map((notification) => (
                <NotificationRow
                  key={notification.id}
                  notification={notification}
                  onRead={(id) => markRead.mutate(id)}
                />
              ))}
            </ul>
            <LoadMore noun="notifications" query={notifications} />
          </>
        )}
      </QueryView>
    </>
  );
}
