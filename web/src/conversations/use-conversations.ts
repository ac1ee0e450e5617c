import { useInfiniteQuery } from "@tanstack/react-query";
import { call } from "../api/client";
import { type ConversationFilter, queryKeys, toListFilter } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";
import { type ConversationPages, flattenConversations } from "./conversation-list";

const pageSize = 25;

/** The workspace's conversations the filter selects, newest activity first, 25 at a time. */
export function useConversations(filter: ConversationFilter) {
  const { tenant } = useCurrentTenant();
  return useInfiniteQuery({
    queryKey: queryKeys.conversationList(tenant.slug, filter),
    queryFn: ({ pageParam, signal }) =>
      call("conversations/list", {
        params: { tenant: tenant.slug },
        query: { ...toListFilter(filter), limit: pageSize, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    select: (data: ConversationPages) => flattenConversations(data, filter),
  });
}
