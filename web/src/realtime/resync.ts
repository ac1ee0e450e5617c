import type { QueryClient } from "@tanstack/react-query";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { type MessagePages, withMessage } from "../conversations/message-cache";

/**
 * An open chat after a reconnect: its newest page, merged in. When that page does not reach the
 * messages already shown (more than a page came in meanwhile), the chat restarts from it.
 */
async function refreshNewestMessages(queryClient: QueryClient, tenant: string, id: string) {
  const key = queryKeys.messages(tenant, id);
  const page = await call("conversations/messages", {
    params: { tenant, conversationId: id },
    query: { limit: 50 },
  });
  queryClient.setQueryData<MessagePages>(key, (data) => {
    if (!data) return data;
    const known = new Set(data.pages.flatMap((p) => p.items.map((message) => message.id)));
    const reaches = page.nextCursor === null || page.items.some((m) => known.has(m.id));
    if (reaches) return page.items.reduce(withMessage, data);
    const pending = data.pages[0]?.items.filter((message) => message.local) ?? [];
    return { pages: [{ ...page, items: [...page.items, ...pending] }], pageParams: [undefined] };
  });
}

/** After a reconnect: refetch what is shown and forget what is not, so nothing stays stale. */
export function resyncConversations(queryClient: QueryClient, tenant: string): void {
  void queryClient.invalidateQueries({
    queryKey: queryKeys.conversations(tenant),
    predicate: (query) => query.queryKey[4] !== "messages",
  });
  const messageQueries = queryClient
    .getQueryCache()
    .findAll({ queryKey: queryKeys.allMessages(tenant) });
  for (const query of messageQueries) {
    const id = query.queryKey[5];
    if (typeof id !== "string") continue;
    if (query.getObserversCount() === 0) {
      queryClient.removeQueries({ queryKey: query.queryKey, exact: true });
    } else {
      refreshNewestMessages(queryClient, tenant, id).catch(() => {
        // The chat keeps what it has; the next reconnect or reload tries again.
      });
    }
  }
}
