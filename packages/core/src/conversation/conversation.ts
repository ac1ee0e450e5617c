import { createHash } from "node:crypto";
import type { Conversation } from "@helios/contracts";
import { Assignee, Conversation as ConversationSchema, isWindowOpen } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { contactIdOf } from "../contact/contact";

/** The stored conversation: the API's, under its tenant, with what orders its "latest" fields. */
export const ConversationItem = z.extend(z.omit(ConversationSchema, { windowOpen: true }), {
  tenantId: z.string(),
  /** Conversations stored before the team inbox have none of these. */
  assignee: z._default(z.nullable(Assignee), null),
  labels: z._default(z.array(z.string()), []),
  lastInboundAt: z._default(z.nullable(z.string()), null),
  /** Conversations stored before versions existed read as version 0. */
  version: z._default(z.int().check(z.nonnegative()), 0),
  /** The id of the message `lastMessage` shows: a later message (by id, i.e. time) replaces it. */
  lastMessageId: z.optional(z.string()),
  /**
   * For each customer field (name, phone, userId, username, …), the id of the message it was last
   * taken from: a field takes the value of the latest message that carries it, in any order.
   */
  customerSources: z.optional(z.record(z.string(), z.string())),
  /**
   * How many times a person took the conversation over (replied while it was the AI's): an AI turn
   * that began before a takeover must not send, even if AI was turned back on meanwhile.
   */
  humanTurn: z.optional(z.int()),
  /** The customer's messages so far: automatic insights refresh every N of them. */
  inboundCount: z.optional(z.int()),
  /** A member named the customer (their contact): the WhatsApp profile name no longer replaces it. */
  customerNameLocked: z.optional(z.boolean()),
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

/** The conversation as the API and realtime events show it, with the window decided here, once. */
export const toConversation = ({
  tenantId,
  lastMessageId: _last,
  customerSources: _sources,
  humanTurn: _humanTurn,
  inboundCount: _inboundCount,
  customerNameLocked: _locked,
  ...conversation
}: ConversationItem): Conversation => ({
  ...conversation,
  contactId: contactIdOf(tenantId, conversation.customer),
  windowOpen: isWindowOpen(conversation.windowExpiresAt, Date.now()),
});

/** When the list shows the conversation: its latest message's time (or its creation). */
export const lastActivityAt = (conversation: ConversationItem) =>
  conversation.lastMessage?.at ?? conversation.createdAt;

/**
 * Whether a message (by its id, which sorts by the provider's time) is later than the one the
 * conversation shows as its last. Conversations from before message ids sorted by provider time
 * compare by the time shown.
 */
export function isLaterThanLast(
  conversation: ConversationItem,
  message: { id: string; createdAt: string },
): boolean {
  if (conversation.lastMessageId !== undefined) return message.id > conversation.lastMessageId;
  if (conversation.lastMessage) return message.createdAt > conversation.lastMessage.at;
  return true;
}

export const laterIso = (a: string, b: string) => (a >= b ? a : b);
export const earlierIso = (a: string, b: string) => (a <= b ? a : b);
