import type { Actor } from "../access/actor";
import { requestAiTurn } from "../ai/enqueue";
import { assignRoundRobin } from "../assignment/round-robin";
import { type ConversationItem, toConversation } from "../conversation/conversation";
import { refreshInsightsAfterInbound } from "../insight/request";
import { countMetric } from "../metrics";
import { notifyNewMessage } from "../notification/create";
import type { NumberItem } from "../number/number";
import { publishAll, tenantAudience } from "../realtime/publisher";
import { type MessageItem, toMessage } from "./message";

export interface StoredInbound {
  tenant: Pick<Actor, "tenantId" | "slug">;
  number: NumberItem;
  conversation: ConversationItem;
  message: MessageItem;
}

/**
 * What follows a newly stored inbound message, whatever provider brought it: the tenant sees it
 * live first (one frame per connection), then the follow-ups (notification, the AI's turn,
 * insights) start together. They are idempotent and awaited, so a delivery that fails half-way is
 * retried by the provider and completes them; the tenant's connections are looked up once.
 */
export async function afterInbound(stored: StoredInbound): Promise<void> {
  countMetric("MessagesIn");
  const audience = tenantAudience(stored.tenant.tenantId);
  await publishAll(
    stored.tenant,
    [
      { type: "message.created", data: toMessage(stored.message) },
      { type: "conversation.updated", data: toConversation(stored.conversation) },
    ],
    audience,
  );
  // A system line (a changed number or user id) is not the customer writing: nobody answers it.
  if (stored.message.kind === "system") return;
  await Promise.all([
    notifyNewMessage(stored, audience),
    requestAiTurn(stored),
    refreshInsightsAfterInbound(stored.tenant, stored.conversation, stored.message),
    assignRoundRobin(stored, audience),
  ]);
}
