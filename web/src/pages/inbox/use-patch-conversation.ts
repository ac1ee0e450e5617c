import type { Conversation, UpdateConversationBody } from "@helios/contracts";
import { type Query, useMutation, useQueryClient } from "@tanstack/react-query";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";
import { upsertConversation } from "../../conversations/conversation-cache";
import { toast } from "../../toast/toast-store";

export interface ConversationPatch {
  conversation: Conversation;
  body: UpdateConversationBody;
  /** The conversation as it will be: shown at once, in every list it now belongs to. */
  expected: Conversation;
  /** The toast once the server agreed ("Assigned to you"). */
  done: string;
}

/**
 * A change made from the list (assignee, labels): shown at once, then the server's answer; a
 * refusal puts the conversation back as it was and hands the error to `onError`.
 */
export function usePatchConversation(onError: (error: unknown, patch: ConversationPatch) => void) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  // The conversation and the lists, not the chats' messages.
  const conversationReads = {
    queryKey: queryKeys.conversations(tenant.slug),
    predicate: (query: Query) => query.queryKey[4] !== "messages",
  };
  return useMutation({
    mutationFn: ({ conversation, body }: ConversationPatch) =>
      call("conversations/update", {
        params: { tenant: tenant.slug, conversationId: conversation.id },
        body,
      }),
    onMutate: async ({ expected }) => {
      // Shown at once. A read in flight (the resync when the socket opens) would land after this
      // and take it back: it is dropped (the cache keeps what is shown) and asked again once the
      // server answered.
      const interrupted = queryClient.isFetching(conversationReads) > 0;
      upsertConversation(queryClient, tenant.slug, expected);
      await queryClient.cancelQueries(conversationReads, { revert: false });
      return { interrupted };
    },
    onSuccess: (answer, { done }) => {
      upsertConversation(queryClient, tenant.slug, answer);
      toast.success(done);
    },
    onError: (error, patch) => {
      upsertConversation(queryClient, tenant.slug, patch.conversation);
      onError(error, patch);
    },
    onSettled: (_answer, _error, _patch, context) => {
      if (context?.interrupted) void queryClient.invalidateQueries(conversationReads);
    },
  });
}
