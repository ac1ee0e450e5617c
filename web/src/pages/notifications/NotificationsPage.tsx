import { Bell, CheckCheck } from "lucide-react";
import { useSearchParams } from "react-router";
import { errorMessage } from "../../api/api-error";
import type { NotificationFilter } from "../../api/query-keys";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { PageHeader } from "../../components/PageHeader";
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from "../../notifications/use-notification-actions";
import { useUnreadNotifications } from "../../notifications/use-unread-notifications";
import { DesktopAlertsButton } from "./DesktopAlertsButton";
import { NotificationFilterButtons } from "./NotificationFilterButtons";
import { NotificationRow } from "./NotificationRow";
import { NotificationsSkeleton } from "./NotificationsSkeleton";
import { useNotifications } from "./use-notifications";

/** `/app/:tenant/whatsapp/notifications`: escalations and messages waiting for a person. */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const filter: NotificationFilter = params.get("show") === "unread" ? "unread" : "all";
  const notifications = useNotifications(filter);
  const unread = useUnreadNotifications();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const unreadCount = unread.data ?? 0;

  const setFilter = (next: NotificationFilter) => {
    const search = new URLSearchParams(params);
    if (next === "all") search.delete("show");
    else search.set("show", next);
    setParams(search, { replace: true, preventScrollReset: true });
  };

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
        <NotificationFilterButtons value={filter} onChange={setFilter} />
      </div>
      {(markRead.isError || markAllRead.isError) && (
        <Alert className="mb-4">
          Could not mark as read: {errorMessage(markRead.error ?? markAllRead.error)}
        </Alert>
      )}
      {notifications.isPending ? (
        <NotificationsSkeleton />
      ) : notifications.isLoadingError ? (
        <ErrorState
          title="Could not load the notifications"
          error={notifications.error}
          onRetry={() => notifications.refetch()}
          retrying={notifications.isFetching}
        />
      ) : notifications.data.length === 0 ? (
        <EmptyState
          icon={Bell}
          title={filter === "unread" ? "No unread notifications" : "No notifications yet"}
        >
          When the AI hands a conversation to people, or a customer writes in a conversation whose
          AI is off, it shows here.
        </EmptyState>
      ) : (
        <>
          <ul
            aria-label="Notifications"
            data-testid="notification-list"
            className="divide-y divide-gray-100 overflow-hidden rounded-lg border border-gray-200 bg-white shadow-sm"
          >
            {notifications.data.map((notification) => (
              <NotificationRow
                key={notification.id}
                notification={notification}
                onRead={(id) => markRead.mutate(id)}
              />
            ))}
          </ul>
          {notifications.isFetchNextPageError && (
            <Alert className="mt-4">
              Could not load more notifications: {errorMessage(notifications.error)}
            </Alert>
          )}
          {notifications.hasNextPage && (
            <div className="mt-4 flex justify-center">
              <Button
                variant="secondary"
                pending={notifications.isFetchingNextPage}
                onClick={() => notifications.fetchNextPage()}
              >
                Load more
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}
