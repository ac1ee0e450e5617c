import { isWindowOpen } from "@helios/contracts";
import type { AgentItem } from "../agent/agent";
import { getAgent } from "../agent/repository";
import type { ConversationItem } from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { recentMessages } from "../insight/transcript";
import type { MessageItem } from "../message/message";
import type { NumberItem } from "../number/number";
import { getNumber } from "../number/repository";
import { isTimelineOnly } from "../timeline/event";

/** Everything an AI turn reads, fresh. */
export interface TurnState {
  conversation: ConversationItem;
  number: NumberItem;
  agent: AgentItem;
  /** The latest messages, oldest first. */
  history: MessageItem[];
}

export type TurnCheck =
  | { ok: true; state: TurnState }
  /** `unanswered`: the AI should have answered but cannot, so people must (the conversation). */
  | {
      ok: false;
      why: string;
      unanswered?: ConversationItem;
      /** The window closed while AI was on: the AI cannot answer (it never sends templates). */
      windowClosed?: { conversation: ConversationItem; number: NumberItem };
    };

const HISTORY_LIMIT = 40;

/**
 * Whether the AI may still answer the customer message `messageId`: AI on, number active with
 * an agent that has WhatsApp, inside the 24 h window, no person answered since, and that message
 * is still the customer's newest (a later one has its own turn: a burst gets one answer).
 */
export async function checkTurn(
  tenantId: string,
  conversationId: string,
  messageId: string,
  now = Date.now(),
): Promise<TurnCheck> {
  const conversation = await getConversation(tenantId, conversationId);
  if (!conversation) return { ok: false, why: "conversation deleted" };
  if (!conversation.aiActive) return { ok: false, why: "AI is off for this conversation" };
  const number = await getNumber(conversation.numberId);
  if (!isWindowOpen(conversation.windowExpiresAt, now)) {
    const why = "outside the 24-hour window";
    return number ? { ok: false, why, windowClosed: { conversation, number } } : { ok: false, why };
  }
  if (!number?.active || number.assignedAgentId === null)
    return { ok: false, why: "number inactive or without an agent", unanswered: conversation };
  const agent = await getAgent(tenantId, number.assignedAgentId);
  if (!agent?.channels.whatsapp)
    return { ok: false, why: "agent without WhatsApp", unanswered: conversation };
  // Timeline lines (AI paused, escalated, …) are not part of the exchange with the customer.
  const history = (await recentMessages(conversationId, HISTORY_LIMIT)).filter(
    (message) => !isTimelineOnly(message),
  );
  const position = history.findIndex((message) => message.id === messageId);
  if (position === -1) return { ok: false, why: "message no longer in the recent history" };
  const after = history.slice(position + 1);
  if (after.some((message) => message.direction === "inbound" && message.kind !== "system"))
    return { ok: false, why: "a newer customer message takes the turn" };
  if (after.some((message) => message.author === "user"))
    return { ok: false, why: "a person answered" };
  if (after.some((message) => message.author === "ai"))
    return { ok: false, why: "already answered" };
  return { ok: true, state: { conversation, number, agent, history } };
}

/** The customer's messages since the business last wrote: the burst this turn answers. */
export function currentBurst(history: readonly MessageItem[]): MessageItem[] {
  const lastOutbound = history.findLastIndex((message) => message.direction === "outbound");
  return history
    .slice(lastOutbound + 1)
    .filter((message) => message.direction === "inbound" && message.kind !== "system");
}
