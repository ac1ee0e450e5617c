import * as z from "./zod";

/**
 * Messages on the work queues, shared by the code that enqueues them and the workers that read
 * them. They carry ids only: a worker reads the current state, so a late job never acts on a stale
 * copy.
 */
const TenantRef = z.object({
  tenantId: z.string().check(z.minLength(1)),
  slug: z.string().check(z.minLength(1)),
});

/** The AI's turn after a customer message (FIFO, one message group per conversation). */
export const AiReplyJob = z.object({
  kind: z.literal("ai.reply"),
  tenant: TenantRef,
  conversationId: z.string().check(z.minLength(1)),
  /** The inbound message that asked for this turn; a reply is made at most once per message. */
  messageId: z.string().check(z.minLength(1)),
  /**
   * The number and its agent as the inbound saw them, so the turn reads them with the conversation
   * in one request (each is checked against what it reads; absent on jobs queued before).
   */
  numberId: z.optional(z.string().check(z.minLength(1))),
  agentId: z.optional(z.string().check(z.minLength(1))),
});
export type AiReplyJob = z.infer<typeof AiReplyJob>;

/**
 * Sentiment and summary of a conversation: asked for by a person (Generate Insights), or due on
 * their own (the conversation closed, N more customer messages). One queued job per conversation.
 */
export const InsightsJob = z.object({
  kind: z.literal("insights.generate"),
  tenant: TenantRef,
  conversationId: z.string().check(z.minLength(1)),
  requestedAt: z.string(),
  /** The conversation's job marker it answers (absent on jobs queued before markers existed). */
  jobId: z.optional(z.string()),
});
export type InsightsJob = z.infer<typeof InsightsJob>;

/**
 * What follows a stored customer message, off the webhook's path (a standard queue): the
 * follow-ups its write made due, decided once from the conversation as written (an insights
 * refresh is due at the Nth customer message, not at whatever count a late job would read).
 */
export const InboundFollowUpsJob = z.object({
  kind: z.literal("inbound.follow-ups"),
  tenant: TenantRef,
  conversationId: z.string().check(z.minLength(1)),
  messageId: z.string().check(z.minLength(1)),
  /** The AI's turn is requested (its own FIFO queue). */
  aiTurn: z.boolean(),
  /** Automatic insights are due (every N customer messages). */
  insights: z.boolean(),
  /** The number and its agent, handed on to the AI's job (absent on jobs queued before). */
  numberId: z.optional(z.string().check(z.minLength(1))),
  agentId: z.optional(z.string().check(z.minLength(1))),
});
export type InboundFollowUpsJob = z.infer<typeof InboundFollowUpsJob>;
