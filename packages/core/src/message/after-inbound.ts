import type { Actor } from "../access/actor";
import { requestAiTurn } from "../ai/enqueue";
import { type ConversationItem, toConversation } from "../conversation/conversation";
import { refreshInsightsAfterInbound } from "../insight/request";
import { countMetric } from "../metrics";
import { notifyNewMessage } from "../notification/create";
import type { NumberItem } from "../number/number";
import { publishAll } from "../realtime/publisher";
import { type MessageItem, toMessage } from "./message";

export interface StoredInbound {
  tenant: Pick<Actor, "tenantId" | "slug">;
  number: NumberItem;
  conversation: ConversationItem;
  message: MessageItem;
}

/**
 * What follows a newly stored inbound message, whatever provider brought it: the tenant sees it
 * live, and the follow-ups (notifications, the AI's turn) are started.
 */
export async function afterInbound(stored: StoredInbound): Promise<void> {
  countMetric("MessagesIn");
  await publishAll(stored.tenant, [
    { type: "message.created", data: toMessage(stored.message) },
    { type: "conversation.updated", data: toConversation(stored.conversation) },
  ]);
  // A system line (a changed number or user id) is not the customer writing: nobody answers it.
  if (stored.message.kind === "system") return;
  await notifyNewMessage(stored);
  await requestAiTurn(stored);
  await refreshInsightsAfterInbound(stored.tenant, stored.conversation, stored.message);
}
