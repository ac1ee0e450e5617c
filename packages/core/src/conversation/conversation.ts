import { createHash } from "node:crypto";
import type { Conversation } from "@helios/contracts";
import { Conversation as ConversationSchema } from "@helios/contracts";
import { z } from "zod";

/** The stored conversation: the API's, under its tenant. */
export const ConversationItem = ConversationSchema.extend({
  tenantId: z.string(),
  /**
   * How many times a person took the conversation over (replied while it was the AI's): an AI turn
   * that began before a takeover must not send, even if AI was turned back on meanwhile.
   */
  humanTurn: z.number().int().optional(),
  /** The customer's messages so far: automatic insights refresh every N of them. */
  inboundCount: z.number().int().optional(),
});
export type ConversationItem = z.infer<typeof ConversationItem>;

/**
 * One conversation per (number, customer): its id derives from both, so an inbound message finds
 * (or creates) its conversation with no lookup item and no race between two first messages.
 */
export function conversationId(numberId: string, customerAddress: string): string {
  return createHash("sha256")
    .update(`${numberId}\n${customerAddress}`)
    .digest("base64url")
    .slice(0, 22);
}

export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export const toConversation = ({
  tenantId: _tenant,
  humanTurn: _humanTurn,
  inboundCount: _inboundCount,
  ...conversation
}: ConversationItem): Conversation => conversation;

/**
 * The condition that a conversation is still as it was read, for writes that compute the result
 * instead of reading it back. Every writer sets `updatedAt` or `unreadCount`, except insights,
 * which are compared by their time.
 */
export function unchangedSince(read: ConversationItem): {
  expression: string;
  values: Record<string, unknown>;
} {
  const insightsAt = read.insights?.generatedAt;
  return {
    expression: `updatedAt = :seenAt AND unreadCount = :seenUnread AND ${
      insightsAt === undefined
        ? "attribute_not_exists(insights)"
        : "insights.generatedAt = :seenInsightsAt"
    }`,
    values: {
      ":seenAt": read.updatedAt,
      ":seenUnread": read.unreadCount,
      ...(insightsAt === undefined ? {} : { ":seenInsightsAt": insightsAt }),
    },
  };
}
