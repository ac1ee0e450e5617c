import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessage, isApiError } from "../../api/api-error";
import { call } from "../../api/client";
import { useCurrentTenant } from "../../app/tenant-context";
import { type ChatMessage, canRetryOnServer, mergeMessage } from "../../conversations/chat-message";
import { patchConversation } from "../../conversations/conversation-cache";
import {
  addLocalMessage,
  changeLocalMessage,
  confirmLocalMessage,
} from "../../conversations/message-cache";

function localId(): string {
  return `local-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface MessageSender {
  send: (text: string) => void;
  retry: (message: ChatMessage) => void;
  discard: (message: ChatMessage) => void;
}

/**
 * Optimistic sending: the bubble shows at once (queued), the server's message replaces it, and a
 * refused or failed request leaves it failed with Retry.
 */
export function useSendMessage(conversationId: string): MessageSender {
  const { tenant, user } = useCurrentTenant();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ text }: { id: string; text: string }) =>
      call("conversations/send", {
        params: { tenant: tenant.slug, conversationId },
        body: { text },
      }),
    onSuccess: (message, { id }) => confirmLocalMessage(queryClient, tenant.slug, id, message),
    onError: (error, { id }) => {
      const code = isApiError(error) ? error.code : "network_error";
      changeLocalMessage(queryClient, tenant.slug, conversationId, id, (message) => ({
        ...message,
        local: "failed",
        status: "failed",
        error: { code, message: errorMessage(error) },
      }));
      if (code === "window_closed") {
        const closed = new Date().toISOString();
        patchConversation(queryClient, tenant.slug, conversationId, (conversation) => ({
          ...conversation,
          windowExpiresAt: closed,
          windowOpen: false,
        }));
      }
    },
  });

  // A message the server stored but the provider never accepted is retried as itself, in place.
  const serverRetry = useMutation({
    mutationFn: (message: ChatMessage) =>
      call("conversations/retry", {
        params: { tenant: tenant.slug, conversationId, messageId: message.id },
      }),
    onMutate: (message) =>
      changeLocalMessage(queryClient, tenant.slug, conversationId, message.id, (current) => ({
        ...current,
        status: "queued",
        error: undefined,
        canRetry: false,
        retryableAt: null,
      })),
    onSuccess: (message) =>
      changeLocalMessage(queryClient, tenant.slug, conversationId, message.id, (current) =>
        mergeMessage(current, message),
      ),
    onError: (error, message) =>
      changeLocalMessage(queryClient, tenant.slug, conversationId, message.id, (current) => ({
        ...current,
        status: "failed",
        canRetry: message.canRetry,
        retryableAt: message.retryableAt,
        error: {
          code: isApiError(error) ? error.code : "network_error",
          message: errorMessage(error),
        },
      })),
  });

  const add = (id: string, text: string) => {
    addLocalMessage(queryClient, tenant.slug, {
      id,
      clientKey: id,
      local: "sending",
      conversationId,
      direction: "outbound",
      author: "user",
      authorUserId: user.id,
      kind: "text",
      text,
      status: "queued",
      providerMessageId: "",
      createdAt: new Date().toISOString(),
      canRetry: false,
      retryableAt: null,
    });
    mutation.mutate({ id, text });
  };

  return {
    send: (text) => add(localId(), text),
    retry: (message) => {
      if (canRetryOnServer(message)) {
        serverRetry.mutate(message);
        return;
      }
      // Sent again, it belongs after whatever came since.
      changeLocalMessage(queryClient, tenant.slug, conversationId, message.id, null);
      add(message.id, message.text);
    },
    discard: (message) =>
      changeLocalMessage(queryClient, tenant.slug, conversationId, message.id, null),
  };
}
