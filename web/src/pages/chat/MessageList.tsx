import { MessageSquareDashed } from "lucide-react";
import { useMemo } from "react";
import { ErrorState } from "../../components/ErrorState";
import { Skeleton } from "../../components/Skeleton";
import { chatRows } from "./chat-rows";
import type { HistoryState } from "./HistoryEdge";
import { useMessages, useMessagesInOrder } from "./use-messages";
import type { MessageSender } from "./use-send-message";
import { VirtualMessages } from "./VirtualMessages";

interface MessageListProps {
  conversationId: string;
  sender: MessageSender;
}

function MessagesSkeleton() {
  return (
    <div className="flex-1 space-y-3 p-4" aria-busy="true">
      <span className="sr-only" role="status">
        Loading messages…
      </span>
      <Skeleton className="h-10 w-2/5 rounded-2xl" />
      <Skeleton className="ml-auto h-14 w-1/2 rounded-2xl" />
      <Skeleton className="h-10 w-1/3 rounded-2xl" />
      <Skeleton className="ml-auto h-10 w-2/5 rounded-2xl" />
    </div>
  );
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
        <ErrorState
          title="Could not load the messages"
          error={messages.error}
          onRetry={() => messages.refetch()}
          retrying={messages.isFetching}
        />
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
