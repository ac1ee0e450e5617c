import type { ChatMessage } from "../../conversations/chat-message";

const fullTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** A line from WhatsApp about the customer (a changed number, a changed user id), centered. */
export function SystemLine({ message }: { message: ChatMessage }) {
  const created = new Date(message.createdAt);
  const valid = !Number.isNaN(created.getTime());
  return (
    <div
      data-testid="message"
      data-message-id={message.id}
      data-kind="system"
      className="flex justify-center px-4 py-1.5"
    >
      <p
        role="note"
        className="max-w-[90%] rounded-lg bg-amber-50 px-3 py-1 text-center text-xs text-amber-900 ring-1 ring-amber-200"
        title={valid ? fullTime.format(created) : undefined}
      >
        {message.text || "The customer's WhatsApp account changed"}
      </p>
    </div>
  );
}
