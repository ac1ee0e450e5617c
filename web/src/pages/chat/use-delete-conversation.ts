import { useIsMutating, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { call } from "../../api/client";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { removeConversation } from "../../conversations/conversation-cache";
import { markConversationDeleted } from "../../conversations/deleted-store";

function deleteKey(tenant: string, conversationId: string) {
  return ["t", tenant, "delete-conversation", conversationId] as const;
}

/**
 * DELETE, then back to WhatsApp. The server's `conversation.deleted` may come before its answer
 * and unmount the chat, so the way back is the mutation's own (it runs after an unmount).
 */
export function useDeleteConversation(conversationId: string) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationKey: deleteKey(tenant.slug, conversationId),
    mutationFn: () =>
      call("conversations/remove", { params: { tenant: tenant.slug, conversationId } }),
    onSuccess: () => {
      markConversationDeleted(tenant.slug, conversationId);
      removeConversation(queryClient, tenant.slug, conversationId);
      navigate(tenantPath(tenant.slug, "whatsapp"), { replace: true });
    },
  });
}

/** Whether this browser is deleting the conversation (its chat then says nothing of it). */
export function useDeletingHere(conversationId: string): boolean {
  const { tenant } = useCurrentTenant();
  return useIsMutating({ mutationKey: deleteKey(tenant.slug, conversationId) }) > 0;
}
