import type { Notification } from "@helios/contracts";
import clsx from "clsx";
import { AtSign, Check, MessageSquare, Siren, UserCheck } from "lucide-react";
import { Link } from "react-router";
import { useCurrentTenant } from "../../app/tenant-context";
import { RelativeTime } from "../../components/RelativeTime";
import { chatPath } from "../../conversations/paths";

interface NotificationRowProps {
  notification: Notification;
  onRead: (id: string) => void;
}

const icons = {
  escalation: { icon: Siren, label: "Escalation", tone: "bg-amber-50 text-amber-600" },
  new_message: {
    icon: MessageSquare,
    label: "New message",
    tone: "bg-emerald-50 text-emerald-600",
  },
  assigned: { icon: UserCheck, label: "Assigned to you", tone: "bg-sky-50 text-sky-600" },
  mention: { icon: AtSign, label: "Mention", tone: "bg-violet-50 text-violet-600" },
} as const satisfies Record<Notification["type"], unknown>;

/**
 * One notification. Its title is the link to the chat, with a click area over the whole row;
 * following it marks the notification read. "Mark as read" sits above that area.
 */
export function NotificationRow({ notification, onRead }: NotificationRowProps) {
  const { tenant } = useCurrentTenant();
  const { icon: Icon, label, tone } = icons[notification.type];
  const unread = !notification.read;
  return (
    <li
      data-testid="notification"
      data-read={notification.read}
      className={clsx(
        "relative flex gap-3 px-4 py-3 hover:bg-gray-50 sm:gap-4",
        unread && "bg-emerald-50/40",
      )}
    >
      <span
        className={clsx(
          "mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full",
          tone,
        )}
      >
        <Icon className="size-5" aria-hidden />
        <span className="sr-only">{label}</span>
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline justify-between gap-3">
          <Link
            to={chatPath(tenant.slug, notification.conversationId)}
            onClick={() => unread && onRead(notification.id)}
            className={clsx(
              "line-clamp-2 text-sm break-words after:absolute after:inset-0 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600",
              unread ? "font-semibold text-gray-900" : "font-medium text-gray-700",
            )}
          >
            {notification.title}
            {unread && <span className="sr-only"> (unread)</span>}
          </Link>
          <span className="shrink-0 text-xs text-gray-500">
            <RelativeTime date={notification.updatedAt} />
          </span>
        </div>
        <p
          className={clsx(
            "mt-0.5 line-clamp-2 text-sm",
            unread ? "text-gray-700" : "text-gray-500",
          )}
        >
          {notification.body}
        </p>
      </div>
      <div className="flex shrink-0 items-start justify-end sm:w-28">
        {unread ? (
          <button
            type="button"
            onClick={() => onRead(notification.id)}
            className="relative z-10 inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-emerald-700 hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600"
          >
            <Check className="size-3.5" aria-hidden />
            <span className="max-sm:sr-only">Mark as read</span>
          </button>
        ) : (
          <span className="px-2 py-1 text-xs text-gray-400 max-sm:sr-only">Read</span>
        )}
      </div>
    </li>
  );
}
