import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";
import type { ChatMessage, ChatMessagePage } from "../../conversations/chat-message";

const pageSize = 50;

/**
 * A chat's messages, 50 at a time going back. Realtime events keep the cache current (and a
 * reconnect resyncs it), so it is never refetched on its own: that would reload every page.
 */
export function useMessages(conversationId: string) {
  const { tenant } = useCurrentTenant();
  return useInfiniteQuery({
    queryKey: queryKeys.messages(tenant.slug, conversationId),
    queryFn: ({ pageParam, signal }): Promise<ChatMessagePage> =>
      call("conversations/messages", {
        params: { tenant: tenant.slug, conversationId },
        query: { limit: pageSize, before: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** All loaded messages, oldest first, each once. */
export function useMessagesInOrder(data: { pages: ChatMessagePage[] } | undefined): ChatMessage[] {
  return useMemo(() => {
    if (!data) return [];
    const seen = new Set<string>();
    const messages: ChatMessage[] = [];
    for (const page of [...data.pages].reverse()) {
      for (const message of page.items) {
        if (seen.has(message.id)) continue;
        seen.add(message.id);
        messages.push(message);
      }
    }
    return messages;
  }, [data]);
}
