import type { InboundFollowUpsJob } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { aiTurnDue, enqueueAiTurn } from "../ai/enqueue";
import { assignRoundRobin } from "../assignment/round-robin";
import { type ConversationItem, toConversation } from "../conversation/conversation";
import { insightsDue } from "../insight/request";
import { countMetric } from "../metrics";
import { notifyNewMessage } from "../notification/create";
import type { NumberItem } from "../number/number";
import { enqueue } from "../queue/queue";
import { type Audience, publishAll, tenantAudience } from "../realtime/publisher";
import { type MessageItem, toMessage } from "./message";

export interface StoredInbound {
  tenant: Pick<Actor, "tenantId" | "slug">;
  number: NumberItem;
  conversation: ConversationItem;
  message: MessageItem;
}

/**
 * What follows a newly stored inbound message, whatever provider brought it, before the provider
 * gets its 200: the tenant sees it live (one frame per connection) and, when no AI answers it,
 * people's notification (one conditional write, published to the connections already looked up) —
 * before the chat that is open marks it read, which a queue's delay would lose the race to. The
 * rest is one queue message: the AI's turn (`ai-replies.fifo`) or, when more is due, the
 * follow-ups job whose worker runs them (`runFollowUps`). Each is idempotent, so a delivery that
 * fails half-way is retried by the provider and completes them.
 */
export async function afterInbound(
  stored: StoredInbound,
  audience: Audience = tenantAudience(stored.tenant.tenantId),
): Promise<void> {
  countMetric("MessagesIn");
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
  // Round-robin reads and writes only for a new conversation on an auto-assigned number (once per
  // conversation); otherwise it returns at once.
  await Promise.all([
    notifyNewMessage(stored, audience),
    queueFollowUps(stored),
    assignRoundRobin(stored, audience),
  ]);
}

async function queueFollowUps(stored: StoredInbound): Promise<void> {
  const job = followUpsOf(stored);
  if (job.insights) await enqueue("followUps", job);
  // The AI's job is all there is, and it is a queue message itself: relaying it would cost a hop.
  else if (job.aiTurn) await enqueueAiTurn(job);
}

/**
 * The follow-ups a stored customer message makes due, decided from the conversation as written (an
 * insights refresh is due at the Nth customer message, not at whatever count a late job reads). A
 * new follow-up adds its flag here (and to `InboundFollowUpsJob`), its action in `runFollowUps`,
 * and makes `queueFollowUps` queue the job when it is due.
 */
export function followUpsOf(stored: StoredInbound): InboundFollowUpsJob {
  const { tenant, number, conversation, message } = stored;
  return {
    kind: "inbound.follow-ups",
    tenant: { tenantId: tenant.tenantId, slug: tenant.slug },
    conversationId: conversation.id,
    messageId: message.id,
    aiTurn: aiTurnDue(stored),
    insights: insightsDue(conversation, message),
    numberId: number.id,
    agentId: number.assignedAgentId ?? undefined,
  };
}
