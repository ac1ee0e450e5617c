import type { Message, RealtimeEvent } from "@helios/contracts";
import type { QueryClient } from "@tanstack/react-query";
import {
  patchConversation,
  removeConversation,
  upsertConversation,
} from "../conversations/conversation-cache";
import { markConversationDeleted } from "../conversations/deleted-store";
import { upsertMessage } from "../conversations/message-cache";
import { alertEscalation } from "../notifications/browser-alert";
import { upsertNotification } from "../notifications/notification-cache";

/** A new message is the conversation's last one until the server's own update says more. */
function touchLastMessage(queryClient: QueryClient, tenant: string, message: Message): void {
  // A timeline line (AI paused, escalated, …) or a private note is never the last message.
  if (message.kind === "event" || message.kind === "note") return;
  const at = Date.parse(message.createdAt);
  patchConversation(queryClient, tenant, message.conversationId, (conversation) => {
    const last = conversation.lastMessage ? Date.parse(conversation.lastMessage.at) : 0;
    if (!(at >= last)) return conversation;
    const lastMessage = {
      text: message.text,
      direction: message.direction,
      at: message.createdAt,
      ...(message.authorName ? { authorName: message.authorName } : {}),
    };
    return { ...conversation, lastMessage };
  });
}

/** Writes one server event into the query cache, so every page showing it updates. */
export function applyRealtimeEvent(
  queryClient: QueryClient,
  tenant: string,
  event: RealtimeEvent,
): void {
  switch (event.type) {
    case "message.created":
      upsertMessage(queryClient, tenant, event.data);
      touchLastMessage(queryClient, tenant, event.data);
      return;
    case "message.updated":
      upsertMessage(queryClient, tenant, event.data);
      return;
    case "conversation.updated":
      upsertConversation(queryClient, tenant, event.data);
      return;
    case "conversation.deleted":
      markConversationDeleted(tenant, event.data.id);
      removeConversation(queryClient, tenant, event.data.id);
      return;
    case "notification.created":
      upsertNotification(queryClient, tenant, event.data);
      alertEscalation(event.data);
      return;
  }
}
