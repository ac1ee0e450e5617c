import { Inbox, SearchX } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { errorMessage } from "../../api/api-error";
import { useCurrentTenant } from "../../app/tenant-context";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { LoadMore } from "../../components/LoadMore";
import { QueryView } from "../../components/QueryView";
import { ConversationsSkeleton } from "../../components/skeletons";
import { ToggleGroup } from "../../components/ToggleGroup";
import { customerName } from "../../conversations/format-address";
import { chatPath } from "../../conversations/paths";
import { useConversations } from "../../conversations/use-conversations";
import { useLabels } from "../../labels/use-labels";
import { useNumberName } from "../whatsapp/use-number-names";
import { useNumbers } from "../whatsapp/use-numbers";
import { InboxFilters } from "./InboxFilters";
import { InboxRow } from "./InboxRow";
import {
  extraFilterCount,
  type InboxFilter,
  noExtraFilters,
  toRequestFilter,
  useInboxFilter,
} from "./inbox-filter";
import { SearchBox } from "./SearchBox";
import { useListKeys } from "./use-list-keys";
import { usePatchConversation } from "./use-patch-conversation";

type Tab = "me" | "none" | "all";

const tabs: ReadonlyArray<{ value: Tab; label: string }> = [
  { value: "me", label: "Mine" },
  { value: "none", label: "Unassigned" },
  { value: "all", label: "All" },
];

const statuses: ReadonlyArray<{ value: InboxFilter["status"]; label: string }> = [
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "archived", label: "Archived" },
];

function emptyTitle(filter: InboxFilter): string {
  if (filter.assignee === "me") return `Nothing ${filter.status} is assigned to you`;
  if (filter.assignee === "none") return `No ${filter.status} conversation is unassigned`;
  return `No ${filter.status} conversations`;
}

/** The conversation list: who it is for, status, filters and search (all in the URL), live. */
export function InboxList() {
  const { tenant, user } = useCurrentTenant();
  const { conversationId } = useParams();
  const navigate = useNavigate();
  const { filter, update, search } = useInboxFilter();
  const conversations = useConversations(toRequestFilter(filter, user.id));
  const labels = useLabels().data?.items ?? [];
  const severalNumbers = (useNumbers().data?.items.length ?? 0) > 1;
  const numberName = useNumberName();
  const [failure, setFailure] = useState<string | null>(null);
  const patch = usePatchConversation((error, { conversation }) =>
    setFailure(`${customerName(conversation.customer)}: ${errorMessage(error)}`),
  );
  const list = useRef<HTMLUListElement>(null);
  const ids = (conversations.data ?? []).map((conversation) => conversation.id);
  // The server looks at a bounded number of conversations per page: a page may hold none of the
  // filter's and still have more after it. Keep going until one shows or the list ends.
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = conversations;
  const nothingYet = conversations.isSuccess && ids.length === 0 && hasNextPage;
  useEffect(() => {
    if (nothingYet && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [nothingYet, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  const query = search ? `?${search}` : "";
  const open = (id: string) => navigate(`${chatPath(tenant.slug, id)}${query}`);
  const onListKey = useListKeys(list, ids, conversationId, open);
  const onSearch = (q: string | undefined) => update({ q }, { replace: true });
  const tab: Tab = filter.assignee === "me" || filter.assignee === "none" ? filter.assignee : "all";
  const filtered = extraFilterCount(filter) > 0;

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2" data-testid="inbox-list">
      <div className="flex flex-wrap items-center gap-2">
        <ToggleGroup
          label="Assigned to"
          options={tabs}
          value={tab}
          onChange={(next) => update({ assignee: next === "all" ? undefined : next })}
          testId="assignee-tabs"
        />
        <ToggleGroup
          label="Status"
          options={statuses}
          value={filter.status}
          onChange={(status) => update({ status })}
          testId="status-filter"
        />
      </div>
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1">
          <SearchBox value={filter.q} onSearch={onSearch} />
        </div>
        <InboxFilters filter={filter} onChange={update} />
      </div>
      {failure && <Alert onDismiss={() => setFailure(null)}>{`Could not change ${failure}`}</Alert>}
      <div className="min-h-0 flex-1 overflow-y-auto lg:-mx-1 lg:px-1">
        <QueryView
          query={conversations}
          loading={<ConversationsSkeleton />}
          errorTitle="Could not load the conversations"
          isEmpty={(data) => data.length === 0 && !hasNextPage}
          empty={
            filter.q ? (
              <EmptyState icon={SearchX} title={`No conversations match “${filter.q}”`}>
                Search looks in customers' names, phone numbers, usernames and messages.
                <Button variant="secondary" className="mt-3" onClick={() => onSearch(undefined)}>
                  Clear search
                </Button>
              </EmptyState>
            ) : (
              <EmptyState icon={Inbox} title={emptyTitle(filter)}>
                {filtered ? (
                  <Button variant="secondary" onClick={() => update(noExtraFilters)}>
                    Clear filters
                  </Button>
                ) : (
                  "When customers write to your numbers, their conversations appear here."
                )}
              </EmptyState>
            )
          }
        >
          {(data) => (
            <>
              <ul
                ref={list}
                aria-label="Conversations"
                data-testid="conversations-table"
                className="space-y-1"
                onKeyDown={onListKey}
              >
                {data.map((conversation) => (
                  <InboxRow
                    key={conversation.id}
                    conversation={conversation}
                    labels={labels}
                    selected={conversation.id === conversationId}
                    numberName={severalNumbers ? numberName(conversation.numberId) : undefined}
                    search={query}
                    onPatch={(change) => {
                      setFailure(null);
                      patch.mutate(change);
                    }}
                  />
                ))}
              </ul>
              <LoadMore noun="conversations" query={conversations} />
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
