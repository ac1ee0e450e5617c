import { ConversationStatus } from "@helios/contracts";
import { MessagesSquare } from "lucide-react";
import { useId } from "react";
import type { ConversationFilter } from "../../api/query-keys";
import { EmptyState } from "../../components/EmptyState";
import { LoadMore } from "../../components/LoadMore";
import { QueryView } from "../../components/QueryView";
import { ConversationsSkeleton } from "../../components/skeletons";
import { ToggleGroup } from "../../components/ToggleGroup";
import { useMediaQuery } from "../../components/use-media-query";
import { useSearchFilter } from "../../components/use-search-filter";
import { useConversations } from "../../conversations/use-conversations";
import { ConversationCards } from "./ConversationCards";
import { ConversationsTable } from "./ConversationsTable";
import { useNumberName } from "./use-number-names";

const filterOptions: ReadonlyArray<{ value: ConversationFilter; label: string }> = [
  { value: "all", label: "All" },
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "archived", label: "Archived" },
];

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
  const [filter, setFilter] = useSearchFilter("status", readFilter);
  const conversations = useConversations(filter);
  const numberName = useNumberName();
  const wide = useMediaQuery("(min-width: 1280px)");

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
        <ToggleGroup
          label="Filter by status"
          options={filterOptions}
          value={filter}
          onChange={setFilter}
          testId="status-filter"
        />
      </div>
      <QueryView
        query={conversations}
        loading={<ConversationsSkeleton />}
        errorTitle="Could not load the conversations"
        isEmpty={(data) => data.length === 0}
        empty={
          <EmptyState icon={MessagesSquare} title={emptyTitles[filter]}>
            {filter === "all"
              ? "When customers write to your numbers, their conversations appear here."
              : "Conversations with this status appear here."}
          </EmptyState>
        }
      >
        {(data) => (
          <>
            {wide ? (
              <ConversationsTable conversations={data} numberName={numberName} />
            ) : (
              <ConversationCards conversations={data} numberName={numberName} />
            )}
            <LoadMore noun="conversations" query={conversations} />
          </>
        )}
      </QueryView>
    </section>
  );
}
