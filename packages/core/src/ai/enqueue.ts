import type { AiReplyJob } from "@helios/contracts";
import type { StoredInbound } from "../message/after-inbound";
import { enqueue } from "../queue/queue";
import { isTimelineOnly } from "../timeline/event";

/**
 * Starts the AI's turn after a customer message when one may be due: the conversation's AI is on
 * and its number is active with an agent. The worker checks everything again with fresh reads;
 * this only spares the queue obvious no-ops. No openai import here: webhooks stay small.
 */
export async function requestAiTurn(stored: StoredInbound): Promise<void> {
  const { conversation, number, message, tenant } = stored;
  if (!conversation.aiActive || !number.active || number.assignedAgentId === null) return;
  // WhatsApp's system lines (a changed number) are nothing to answer.
  if (isTimelineOnly(message)) return;
  const job: AiReplyJob = {
    kind: "ai.reply",
    tenant: { tenantId: tenant.tenantId, slug: tenant.slug },
    conversationId: conversation.id,
    messageId: message.id,
  };
  await enqueue("aiReplies", job, { groupId: conversation.id, deduplicationId: message.id });
}
