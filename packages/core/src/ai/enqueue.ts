import type { AiReplyJob, InboundFollowUpsJob } from "@helios/contracts";
import type { StoredInbound } from "../message/after-inbound";
import { enqueue } from "../queue/queue";
import { isTimelineOnly } from "../timeline/event";

/**
 * Whether a stored customer message may get an AI turn: the conversation's AI is on and its number
 * is active with an agent. The worker checks everything again with fresh reads; this only spares
 * the queue obvious no-ops. No openai import here: webhooks stay small.
 */
export function aiTurnDue({
  conversation,
  number,
  message,
}: Pick<StoredInbound, "conversation" | "number" | "message">): boolean {
  if (!conversation.aiActive || !number.active || number.assignedAgentId === null) return false;
  // WhatsApp's system lines (a changed number) are nothing to answer.
  return !isTimelineOnly(message);
}

/**
 * The AI's turn for one customer message: deduplicated by the message, in its conversation's order.
 * The number and agent the inbound saw travel with it (the turn then reads them in one request).
 */
export async function enqueueAiTurn(
  from: Pick<
    InboundFollowUpsJob,
    "tenant" | "conversationId" | "messageId" | "numberId" | "agentId"
  >,
): Promise<void> {
  const { tenant, conversationId, messageId, numberId, agentId } = from;
  const job: AiReplyJob = {
    kind: "ai.reply",
    tenant: { tenantId: tenant.tenantId, slug: tenant.slug },
    conversationId,
    messageId,
    numberId,
    agentId,
  };
  await enqueue("aiReplies", job, { groupId: conversationId, deduplicationId: messageId });
}
