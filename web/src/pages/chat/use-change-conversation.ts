import type { Conversation, UpdateConversationBody } from "@helios/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "../../api/api-error";
import { call } from "../../api/client";
import { useCurrentTenant } from "../../app/tenant-context";
import { patchConversation, upsertConversation } from "../../conversations/conversation-cache";
import { toast } from "../../toast/toast-store";

export interface ConversationChange {
  body: UpdateConversationBody;
  /** What the chat and the lists show at once, before the server answers. */
  shows: Partial<Pick<Conversation, "assignee" | "labels">>;
  /** The toast once the server took it ("Assigned to Ana Lima"). */
  done: string;
}

/**
 * A PATCH shown at once (assignee, labels): the change lands in every cache before the request,
 * the server's answer replaces it, and a refusal puts back what was there with an error toast.
 */
export function useChangeConversation(conversation: Conversation) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const id = conversation.id;
  return useMutation({
    mutationFn: ({ body }: ConversationChange) =>
      call("conversations/update", { params: { tenant: tenant.slug, conversationId: id }, body }),
    onMutate: ({ shows }) => {
      const before: Partial<Conversation> = {};
      for (const key of Object.keys(shows) as (keyof typeof shows)[]) {
        Object.assign(before, { [key]: conversation[key] });
      }
      patchConversation(queryClient, tenant.slug, id, (current) => ({ ...current, ...shows }));
      return { before };
    },
    onSuccess: (answer, { done }) => {
      upsertConversation(queryClient, tenant.slug, answer);
      toast.success(done);
    },
    onError: (error, _change, context) => {
      if (context) {
        patchConversation(queryClient, tenant.slug, id, (current) => ({
          ...current,
          ...context.before,
        }));
      }
      toast.error(`Could not save: ${errorMessage(error)}`);
    },
  });
}
