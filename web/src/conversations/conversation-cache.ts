import type { Conversation } from "@helios/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { type ConversationFilter, queryKeys } from "../api/query-keys";
import {
  type ConversationPages,
  findInPages,
  isNewer,
  isSearch,
  matchesFilter,
  replaceInPages,
} from "./conversation-list";

function listEntries(queryClient: QueryClient, tenant: string) {
  return queryClient.getQueriesData<ConversationPages>({
    queryKey: queryKeys.conversationLists(tenant),
  });
}

/**
 * A new or changed conversation (a realtime event or a mutation's answer): into the single
 * conversation's cache and every list whose filter shows it (out of those that no longer do).
 */
export function upsertConversation(
  queryClient: QueryClient,
  tenant: string,
  conversation: Conversation,
): void {
  const detailKey = queryKeys.conversation(tenant, conversation.id);
  const current = queryClient.getQueryData<Conversation>(detailKey);
  if (current && !isNewer(current, conversation)) queryClient.setQueryData(detailKey, conversation);

  for (const [key, data] of listEntries(queryClient, tenant)) {
    if (!data) continue;
    const cached = findInPages(data, conversation.id);
    if (isNewer(cached, conversation)) continue;
    const filter = key[5] as ConversationFilter;
    if (!cached && isSearch(filter)) continue;
    const keep = matchesFilter(conversation, filter) ? conversation : null;
    queryClient.setQueryData(key, replaceInPages(data, conversation.id, keep));
  }
}

/** Changes a conversation wherever it is cached (e.g. unread back to 0 once read). */
export function patchConversation(
  queryClient: QueryClient,
  tenant: string,
  id: string,
  patch: (conversation: Conversation) => Conversation,
): void {
  queryClient.setQueryData<Conversation>(queryKeys.conversation(tenant, id), (current) =>
    current ? patch(current) : current,
  );
  for (const [key, data] of listEntries(queryClient, tenant)) {
    if (!data || !findInPages(data, id)) continue;
    queryClient.setQueryData<ConversationPages>(key, {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => (item.id === id ? patch(item) : item)),
      })),
    });
  }
}

/** Takes a deleted conversation out of every list. */
export function removeConversation(queryClient: QueryClient, tenant: string, id: string): void {
  for (const [key, data] of listEntries(queryClient, tenant)) {
    if (data && findInPages(data, id)) {
      queryClient.setQueryData(key, replaceInPages(data, id, null));
    }
  }
}
