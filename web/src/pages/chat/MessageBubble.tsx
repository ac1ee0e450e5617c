import clsx from "clsx";
import { useCurrentTenant } from "../../app/tenant-context";
import { type ChatMessage, isStuck } from "../../conversations/chat-message";
import { AuthorLine } from "./AuthorLine";
import { EventLine } from "./EventLine";
import { FailedNote } from "./FailedNote";
import { MessageMedia } from "./MessageMedia";
import { messageAuthor } from "./message-author";
import { NoteBubble } from "./NoteBubble";
import { StatusTicks } from "./StatusTicks";

const time = new Intl.DateTimeFormat("en", { timeStyle: "short" });
const fullTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

const tints = {
  customer: "bg-gray-100 text-gray-900 rounded-bl-sm",
  user: "bg-emerald-100 text-gray-900 rounded-br-sm",
  ai: "bg-violet-50 text-gray-900 ring-1 ring-violet-200 rounded-br-sm",
} as const;

interface MessageBubbleProps {
  message: ChatMessage;
  /** Same author as the message above: the name is not repeated. */
  continues?: boolean;
  onRetry: (message: ChatMessage) => void;
  onDiscard: (message: ChatMessage) => void;
}

/**
 * One message: the customer's on the left in gray; ours on the right, green (a person, named above
 * the first of their group) or AI; a private note in amber; a timeline line centred.
 */
export function MessageBubble({
  message,
  continues = false,
  onRetry,
  onDiscard,
}: MessageBubbleProps) {
  const { user } = useCurrentTenant();
  if (message.kind === "event") return <EventLine message={message} />;
  const author = messageAuthor(message, user);
  if (message.kind === "note") {
    return <NoteBubble message={message} author={author} continues={continues} />;
  }
  const outbound = message.direction === "outbound";
  const created = new Date(message.createdAt);
  const valid = !Number.isNaN(created.getTime());
  return (
    <div
      data-testid="message"
      data-message-id={message.id}
      data-direction={message.direction}
      data-author={message.author}
      data-status={message.status}
      data-kind={message.kind}
      className={clsx("flex flex-col px-3 py-1 sm:px-4", outbound ? "items-end" : "items-start")}
    >
      {author && !continues && <AuthorLine author={author} />}
      <div
        className={clsx(
          "max-w-[85%] rounded-2xl px-3 py-2 text-sm shadow-xs sm:max-w-[70%]",
          tints[message.author],
          message.status === "failed" && "ring-1 ring-red-300",
        )}
      >
        {message.template && (
          <p className="mb-0.5 text-xs font-semibold text-emerald-800" data-testid="template-label">
            Template · {message.template.name}
          </p>
        )}
        {message.replyTo && (
          <blockquote className="mb-1.5 border-l-2 border-emerald-500 bg-black/5 px-2 py-1 text-xs text-gray-600">
            <span className="sr-only">Replying to: </span>
            <span className="line-clamp-3">{message.replyTo.text || "A previous message"}</span>
          </blockquote>
        )}
        <MessageMedia message={message} />
        {message.kind === "unsupported" && !message.text ? (
          <p className="text-gray-500 italic">This type of message cannot be shown here.</p>
        ) : (
          message.text && <p className="break-words whitespace-pre-wrap">{message.text}</p>
        )}
        <p className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-gray-500">
          {valid && (
            <time dateTime={message.createdAt} title={fullTime.format(created)}>
              {time.format(created)}
            </time>
          )}
          {outbound && <StatusTicks status={message.status} error={message.error?.message} />}
        </p>
      </div>
      {message.reactions && message.reactions.length > 0 && (
        <p
          className="-mt-1.5 rounded-full bg-white px-1.5 py-0.5 text-sm shadow-sm ring-1 ring-gray-200"
          data-testid="message-reactions"
        >
          <span className="sr-only">Reactions: </span>
          {message.reactions.map((reaction) => reaction.emoji).join(" ")}
        </p>
      )}
      {(message.status === "failed" || isStuck(message)) && (
        <FailedNote message={message} onRetry={onRetry} onDiscard={onDiscard} />
      )}
    </div>
  );
}
