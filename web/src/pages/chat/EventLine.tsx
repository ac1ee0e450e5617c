import type { MessageEvent } from "@helios/contracts";
import clsx from "clsx";
import {
  Archive,
  Bot,
  BotOff,
  CircleCheck,
  type LucideIcon,
  RotateCcw,
  TriangleAlert,
  UserCheck,
  UserMinus,
  UserRound,
} from "lucide-react";
import type { ChatMessage } from "../../conversations/chat-message";

const time = new Intl.DateTimeFormat("en", { timeStyle: "short" });

const icons: Record<MessageEvent["type"], LucideIcon> = {
  ai_paused: UserRound,
  ai_switched_off: BotOff,
  ai_resumed: Bot,
  escalated: TriangleAlert,
  assigned: UserCheck,
  unassigned: UserMinus,
  closed: CircleCheck,
  archived: Archive,
  reopened: RotateCcw,
};

/**
 * A line of the conversation's timeline (AI paused or switched, escalated with its reason, assigned,
 * closed, archived, reopened), centred between the messages: it was never sent to the customer.
 * The server words it; the icon tells the kind at a glance.
 */
export function EventLine({ message }: { message: ChatMessage }) {
  const type = message.event?.type;
  const Icon = type ? icons[type] : UserRound;
  const created = new Date(message.createdAt);
  return (
    <div
      data-testid="event-line"
      data-message-id={message.id}
      data-event={type}
      className="flex justify-center px-3 py-1.5 sm:px-4"
    >
      <p
        className={clsx(
          "flex max-w-[90%] items-center gap-1.5 rounded-full px-3 py-1 text-center text-xs",
          type === "escalated"
            ? "bg-amber-50 text-amber-900 ring-1 ring-amber-200"
            : "bg-gray-100 text-gray-700",
        )}
      >
        <Icon className="size-3.5 shrink-0" aria-hidden />
        <span className="break-words">{message.text || "The conversation changed"}</span>
        {!Number.isNaN(created.getTime()) && (
          <time dateTime={message.createdAt} className="shrink-0 text-gray-500">
            · {time.format(created)}
          </time>
        )}
      </p>
    </div>
  );
}
