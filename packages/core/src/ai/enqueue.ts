import type { AiReplyJob } from "@helios/contracts";
import type { StoredInbound } from "../message/after-inbound";
import type { NumberItem } from "../number/number";
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

/** The AI's turn for one customer message: deduplicated by the message, in its conversation's order. */
export async function enqueueAiTurn(
  tenant: StoredInbound["tenant"],
  conversationId: string,
  messageId: string,
  /** The number the message came to: its id and agent travel with the job (one read fewer). */
  number?: Pick<NumberItem, "id" | "assignedAgentId">,
): Promise<void> {
  const job: AiReplyJob = {
    kind: "ai.reply",
    tenant: { tenantId: tenant.tenantId, slug: tenant.slug },
    conversationId,
    messageId,
    numberId: number?.id,
    agentId: number?.assignedAgentId ?? undefined,
  };
  await enqueue("aiReplies", job, { groupId: conversationId, deduplicationId: messageId });
}
