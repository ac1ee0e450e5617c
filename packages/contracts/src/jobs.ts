import { z } from "zod";

/**
 * Messages on the work queues, shared by the code that enqueues them and the workers that read
 * them. They carry ids only: a worker reads the current state, so a late job never acts on a stale
 * copy.
 */
const TenantRef = z.object({ tenantId: z.string().min(1), slug: z.string().min(1) });

/** The AI's turn after a customer message (FIFO, one message group per conversation). */
export const AiReplyJob = z.object({
  kind: z.literal("ai.reply"),
  tenant: TenantRef,
  conversationId: z.string().min(1),
  /** The inbound message that asked for this turn; a reply is made at most once per message. */
  messageId: z.string().min(1),
});
export type AiReplyJob = z.infer<typeof AiReplyJob>;

/**
 * Sentiment and summary of a conversation: asked for by a person (Generate Insights), or due on
 * their own (the conversation closed, N more customer messages). One queued job per conversation.
 */
export const InsightsJob = z.object({
  kind: z.literal("insights.generate"),
  tenant: TenantRef,
  conversationId: z.string().min(1),
  requestedAt: z.string(),
  /** The conversation's job marker it answers (absent on jobs queued before markers existed). */
  jobId: z.string().optional(),
});
export type InsightsJob = z.infer<typeof InsightsJob>;
