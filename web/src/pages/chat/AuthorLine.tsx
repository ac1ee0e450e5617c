import clsx from "clsx";
import { Bot } from "lucide-react";
import { Avatar } from "../../components/Avatar";
import type { MessageAuthor } from "./message-author";

/** Above the first message of a group: who wrote it (initials and name, or the AI). */
export function AuthorLine({ author, className }: { author: MessageAuthor; className?: string }) {
  if (author.kind === "ai") {
    return (
      <p
        data-testid="message-author"
        className={clsx(
          "mb-1 flex items-center gap-1 text-xs font-semibold text-violet-700",
          className,
        )}
      >
        <Bot className="size-4" aria-hidden />
        AI
      </p>
    );
  }
  return (
    <p
      data-testid="message-author"
      title={author.name}
      className={clsx(
        "mb-1 flex max-w-full items-center gap-1.5 text-xs font-medium text-gray-700",
        className,
      )}
    >
      <Avatar name={author.name} colorKey={author.userId} />
      <span className="truncate" data-testid="author-name">
        {author.label}
      </span>
    </p>
  );
}
