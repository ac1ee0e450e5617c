import { Lock } from "lucide-react";
import type { ChatMessage } from "../../conversations/chat-message";
import { AuthorLine } from "./AuthorLine";
import { mentionSegments } from "./mentions";
import type { MessageAuthor } from "./message-author";

const time = new Intl.DateTimeFormat("en", { timeStyle: "short" });

interface NoteBubbleProps {
  message: ChatMessage;
  author: MessageAuthor | null;
  /** Continues the author's group: the name is above the first note. */
  continues: boolean;
}

/** A private note: amber, locked, with its author and the members it mentions highlighted. */
export function NoteBubble({ message, author, continues }: NoteBubbleProps) {
  const created = new Date(message.createdAt);
  const names = (message.mentions ?? []).map((mention) => mention.name);
  return (
    <div
      data-testid="message"
      data-message-id={message.id}
      data-kind="note"
      data-author={message.author}
      className="flex flex-col items-end px-3 py-1 sm:px-4"
    >
      {author && !continues && <AuthorLine author={author} />}
      <div className="max-w-[85%] rounded-2xl rounded-br-sm bg-amber-50 px-3 py-2 text-sm text-gray-900 shadow-xs ring-1 ring-amber-300 sm:max-w-[70%]">
        <p className="mb-0.5 flex items-center gap-1 text-xs font-semibold text-amber-800">
          <Lock className="size-3.5" aria-hidden />
          Private note
        </p>
        <p className="break-words whitespace-pre-wrap">
          {mentionSegments(message.text, names).map((segment, index) =>
            segment.mention ? (
              <mark
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are the text in order
                key={index}
                data-testid="mention"
                className="rounded bg-amber-200 px-0.5 font-medium text-amber-950"
              >
                {segment.text}
              </mark>
            ) : (
              segment.text
            ),
          )}
        </p>
        {!Number.isNaN(created.getTime()) && (
          <p className="mt-0.5 text-right text-[11px] text-gray-500">
            <time dateTime={message.createdAt}>{time.format(created)}</time>
          </p>
        )}
      </div>
    </div>
  );
}
