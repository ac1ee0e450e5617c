import { ConversationStatus } from "@helios/contracts";
import { MessagesSquare } from "lucide-react";
import { useId } from "react";
import { useSearchParams } from "react-router";
import { errorMessage } from "../../api/api-error";
import type { ConversationFilter } from "../../api/query-keys";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useMediaQuery } from "../../components/use-media-query";
import { useConversations } from "../../conversations/use-conversations";
import { ConversationCards } from "./ConversationCards";
import { ConversationsSkeleton } from "./ConversationsSkeleton";
import { ConversationsTable } from "./ConversationsTable";
import { StatusFilter } from "./StatusFilter";
import { useNumberName } from "./use-number-names";

const emptyTitles: Record<ConversationFilter, string> = {
  all: "No conversations yet",
  open: "No open conversations",
  closed: "No closed conversations",
  archived: "No archived conversations",
};

function readFilter(value: string | null): ConversationFilter {
  const parsed = ConversationStatus.safeParse(value);
  return parsed.success ? parsed.data : "all";
}

/** Below the numbers: the conversations, live, filtered by status (kept in `?status=`). */
export function RecentConversations() {
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params.get("status"));
  const conversations = useConversations(filter);
  const numberName = useNumberName();
  const wide = useMediaQuery("(min-width: 1280px)");

  const setFilter = (next: ConversationFilter) => {
    const search = new URLSearchParams(params);
    if (next === "all") search.delete("status");
    else search.set("status", next);
    setParams(search, { replace: true, preventScrollReset: true });
  };

  return (
    <section
      aria-labelledby={headingId}
      data-testid="recent-conversations"
      className="mt-10 border-t border-gray-200 pt-8"
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-gray-900">
          Recent conversations
        </h2>
        <StatusFilter value={filter} onChange={setFilter} />
      </div>
      {conversations.isPending ? (
        <ConversationsSkeleton />
      ) : conversations.isLoadingError ? (
        <ErrorState
          title="Could not load the conversations"
          error={conversations.error}
          onRetry={() => conversations.refetch()}
          retrying={conversations.isFetching}
        />
      ) : conversations.data.length === 0 ? (
        <EmptyState icon={MessagesSquare} title={emptyTitles[filter]}>
          {filter === "all"
            ? "When customers write to your numbers, their conversations appear here."
            : "Conversations with this status appear here."}
        </EmptyState>
      ) : (
        <>
          {wide ? (
            <ConversationsTable conversations={conversations.data} numberName={numberName} />
          ) : (
            <ConversationCards conversations={conversations.data} numberName={numberName} />
          )}
          {conversations.isFetchNextPageError && (
            <Alert className="mt-4">
              Could not load more conversations: {errorMessage(conversations.error)}
            </Alert>
          )}
          {conversations.hasNextPage && (
            <div className="mt-4 flex justify-center">
              <Button
                variant="secondary"
                pending={conversations.isFetchingNextPage}
                onClick={() => conversations.fetchNextPage()}
              >
                Load more
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
