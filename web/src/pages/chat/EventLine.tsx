import { Bot, TriangleAlert, UserRound } from "lucide-react";
import type { ChatMessage } from "../../conversations/chat-message";

const time = new Intl.DateTimeFormat("en", { timeStyle: "short" });

/**
 * A line of the conversation's timeline (AI paused, switched, escalated with its reason), centered
 * between the messages: it was never sent to the customer.
 */
export function EventLine({ message }: { message: ChatMessage }) {
  const type = message.event?.type;
  const Icon = type === "escalated" ? TriangleAlert : type === "ai_resumed" ? Bot : UserRound;
  const created = new Date(message.createdAt);
  return (
    <div
      data-testid="event-line"
      data-message-id={message.id}
      data-event={type}
      className="flex justify-center px-3 py-1.5 sm:px-4"
    >
      <p
        className={
          type === "escalated"
            ? "flex max-w-[90%] items-center gap-1.5 rounded-full bg-amber-50 px-3 py-1 text-center text-xs text-amber-900 ring-1 ring-amber-200"
            : "flex max-w-[90%] items-center gap-1.5 rounded-full bg-gray-100 px-3 py-1 text-center text-xs text-gray-700"
        }
      >
        <Icon className="size-3.5 shrink-0" aria-hidden />
        <span className="break-words">{message.text}</span>
        {!Number.isNaN(created.getTime()) && (
          <time dateTime={message.createdAt} className="shrink-0 text-gray-500">
            · {time.format(created)}
          </time>
        )}
      </p>
    </div>
  );
}
