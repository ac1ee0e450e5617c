import { MessageSquareDashed } from "lucide-react";
import { useMemo } from "react";
import { QueryError } from "../../components/ErrorState";
import { MessagesSkeleton } from "../../components/skeletons";
import { chatRows } from "./chat-rows";
import type { HistoryState } from "./HistoryEdge";
import { useMessages, useMessagesInOrder } from "./use-messages";
import type { MessageSender } from "./use-send-message";
import { VirtualMessages } from "./VirtualMessages";

interface MessageListProps {
  conversationId: string;
  sender: MessageSender;
}

/** The chat's messages: loading, failed, empty, or the virtualized list. */
export function MessageList({ conversationId, sender }: MessageListProps) {
  const messages = useMessages(conversationId);
  const ordered = useMessagesInOrder(messages.data);
  const { rows, firstDay } = useMemo(() => chatRows(ordered), [ordered]);

  if (messages.isPending) return <MessagesSkeleton />;
  if (messages.isLoadingError) {
    return (
      <div className="flex-1 p-4">
        <QueryError title="Could not load the messages" query={messages} />
      </div>
    );
  }
  if (rows.length === 0) {
    return (
      <section
        aria-label="Conversation history"
        data-testid="message-list"
        className="flex flex-1 flex-col items-center justify-center gap-2 p-6 text-center text-sm text-gray-500"
      >
        <MessageSquareDashed className="size-8 text-gray-300" aria-hidden />
        No messages yet.
      </section>
    );
  }

  const history: HistoryState = messages.isFetchingNextPage
    ? "loading"
    : messages.isFetchNextPageError
      ? "failed"
      : messages.hasNextPage
        ? "more"
        : "start";
  return (
    <VirtualMessages
      rows={rows}
      firstDay={firstDay}
      history={history}
      onLoadOlder={() => {
        if (!messages.isFetchingNextPage) void messages.fetchNextPage();
      }}
      sender={sender}
    />
  );
}
