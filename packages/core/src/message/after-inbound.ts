import type { InboundFollowUpsJob } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { aiTurnDue, enqueueAiTurn } from "../ai/enqueue";
import { type ConversationItem, toConversation } from "../conversation/conversation";
import { insightsDue } from "../insight/request";
import { countMetric } from "../metrics";
import { needsPeople } from "../notification/create";
import type { NumberItem } from "../number/number";
import { enqueue } from "../queue/queue";
import { publishAll } from "../realtime/publisher";
import { type MessageItem, toMessage } from "./message";

export interface StoredInbound {
  tenant: Pick<Actor, "tenantId" | "slug">;
  number: NumberItem;
  conversation: ConversationItem;
  message: MessageItem;
}

/**
 * What follows a newly stored inbound message, whatever provider brought it, before the provider
 * gets its 200: the tenant sees it live (one frame per connection: what makes it appear at once),
 * then its follow-ups are queued — one queue message, nothing else. The follow-ups (notification,
 * the AI's turn, insights) run in their worker (`runFollowUps`); each is idempotent, so a delivery
 * that fails half-way is retried by the provider and queues them again.
 */
export async function afterInbound(stored: StoredInbound): Promise<void> {
  countMetric("MessagesIn");
  await publishAll(stored.tenant, [
    { type: "message.created", data: toMessage(stored.message) },
    { type: "conversation.updated", data: toConversation(stored.conversation) },
  ]);
  // A system line (a changed number or user id) is not the customer writing: nobody answers it.
  if (stored.message.kind === "system") return;
  const job = followUpsOf(stored);
  if (job.notify || job.insights) {
    await enqueue("followUps", job);
  } else if (job.aiTurn) {
    // The AI's job is all there is, and it is a queue message itself: relaying it would cost a hop.
    await enqueueAiTurn(stored.tenant, stored.conversation.id, stored.message.id);
  }
}

/**
 * The follow-ups a stored customer message makes due, decided from the conversation as written.
 * A new follow-up adds its flag here (and to `InboundFollowUpsJob`) and its action in `runFollowUps`.
 */
export function followUpsOf(stored: StoredInbound): InboundFollowUpsJob {
  const { tenant, conversation, message } = stored;
  return {
    kind: "inbound.follow-ups",
    tenant: { tenantId: tenant.tenantId, slug: tenant.slug },
    conversationId: conversation.id,
    messageId: message.id,
    notify: needsPeople(conversation),
    aiTurn: aiTurnDue(stored),
    insights: insightsDue(conversation, message),
  };
}
