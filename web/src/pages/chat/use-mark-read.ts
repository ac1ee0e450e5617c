import type { Conversation } from "@helios/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";
import { patchConversation } from "../../conversations/conversation-cache";
import { refetchNotifications } from "../../notifications/notification-cache";
import { useDocumentVisible } from "./use-document-visible";

/**
 * Marks the open chat read: when it opens, and again when a customer message arrives (or the
 * unread count goes up) while the tab is visible.
 */
export function useMarkRead(conversation: Conversation): void {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const visible = useDocumentVisible();
  // What was marked read: null until the chat is marked once, then the newest customer
  // message's time ("" when there was none).
  const marked = useRef<string | null>(null);
  const { id, unreadCount, lastMessage } = conversation;
  const inboundAt = lastMessage?.direction === "inbound" ? lastMessage.at : null;

  useEffect(() => {
    if (!visible) return;
    const newInbound = inboundAt !== null && inboundAt !== marked.current;
    if (marked.current !== null && unreadCount === 0 && !newInbound) return;
    // A burst of messages makes one request.
    const timer = window.setTimeout(() => {
      marked.current = inboundAt ?? marked.current ?? "";
      patchConversation(queryClient, tenant.slug, id, (c) => ({ ...c, unreadCount: 0 }));
      call("conversations/read", { params: { tenant: tenant.slug, conversationId: id } })
        // The server read the conversation's notification too: the badge follows.
        .then(() => refetchNotifications(queryClient, tenant.slug))
        .catch(() => {
          marked.current = null;
          void queryClient.invalidateQueries({ queryKey: queryKeys.conversation(tenant.slug, id) });
        });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [visible, inboundAt, unreadCount, id, tenant.slug, queryClient]);
}
