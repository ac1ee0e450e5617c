import type { Conversation } from "@helios/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";
import { type ConversationPages, findInPages } from "../../conversations/conversation-list";

/** One conversation; shown at once from a list that has it while its own request runs. */
export function useConversation(id: string, enabled: boolean) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useQuery<Conversation, Error, Conversation, ReturnType<typeof queryKeys.conversation>>({
    queryKey: queryKeys.conversation(tenant.slug, id),
    queryFn: ({ signal }) =>
      call("conversations/get", { params: { tenant: tenant.slug, conversationId: id }, signal }),
    enabled,
    placeholderData: () => {
      const lists = queryClient.getQueriesData<ConversationPages>({
        queryKey: queryKeys.conversationLists(tenant.slug),
      });
      for (const [, data] of lists) {
        const found = data && findInPages(data, id);
        if (found) return found;
      }
      return undefined;
    },
  });
}
