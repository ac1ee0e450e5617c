import type { UpdateConversationBody } from "@helios/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";
import { patchConversation, upsertConversation } from "../../conversations/conversation-cache";

/** PATCH `{status}` or `{aiActive}`; the answer goes into every cache that shows it. */
export function useUpdateConversation(conversationId: string) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateConversationBody) =>
      call("conversations/update", { params: { tenant: tenant.slug, conversationId }, body }),
    onSuccess: (conversation, body) => {
      if (conversation) {
        upsertConversation(queryClient, tenant.slug, conversation);
        return;
      }
      // No body in the answer: show the change, and let the lists re-sort it by status.
      patchConversation(queryClient, tenant.slug, conversationId, (c) => ({ ...c, ...body }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversationLists(tenant.slug) });
    },
  });
}
