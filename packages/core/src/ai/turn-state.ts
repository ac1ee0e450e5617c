import type { AiReplyJob } from "@helios/contracts";
import { isWindowOpen } from "@helios/contracts";
import { AgentItem } from "../agent/agent";
import { getAgent } from "../agent/repository";
import { ConversationItem } from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { batchGet } from "../db/batch";
import { keys } from "../db/keys";
import { recentMessages } from "../insight/transcript";
import type { MessageItem } from "../message/message";
import { NumberItem } from "../number/number";
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
export async function checkTurn(job: AiReplyJob, now = Date.now()): Promise<TurnCheck> {
  const { conversationId, messageId } = job;
  const [{ conversation, number, agent }, recent] = await Promise.all([
    readTurnItems(job),
    recentMessages(conversationId, HISTORY_LIMIT),
  ]);
  if (!conversation) return { ok: false, why: "conversation deleted" };
  if (!conversation.aiActive) return { ok: false, why: "AI is off for this conversation" };
  if (!isWindowOpen(conversation.windowExpiresAt, now)) {
    const why = "outside the 24-hour window";
    return number ? { ok: false, why, windowClosed: { conversation, number } } : { ok: false, why };
  }
  if (!number?.active || number.assignedAgentId === null)
    return { ok: false, why: "number inactive or without an agent", unanswered: conversation };
  if (!agent?.channels.whatsapp)
    return { ok: false, why: "agent without WhatsApp", unanswered: conversation };
  // Timeline lines (AI paused, escalated, …) are not part of the exchange with the customer.
  const history = recent.filter((message) => !isTimelineOnly(message));
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

/**
 * The conversation, its number and the number's agent: in one BatchGetItem when the job names the
 * number and agent the inbound saw. Each is checked against what was read (the conversation's
 * number, the number's agent) and read again by the right key if it moved on meanwhile.
 */
async function readTurnItems(job: AiReplyJob): Promise<{
  conversation: ConversationItem | undefined;
  number: NumberItem | undefined;
  agent: AgentItem | undefined;
}> {
  const { tenantId } = job.tenant;
  const [conversationItem, numberItem, agentItem] =
    job.numberId && job.agentId
      ? await batchGet([
          keys.conversation(tenantId, job.conversationId),
          keys.number(job.numberId),
          keys.agent(tenantId, job.agentId),
        ])
      : [];
  const conversation = conversationItem
    ? ConversationItem.parse(conversationItem)
    : job.numberId && job.agentId
      ? undefined
      : await getConversation(tenantId, job.conversationId);
  if (!conversation) return { conversation, number: undefined, agent: undefined };
  const seenNumber = numberItem && NumberItem.parse(numberItem);
  const number =
    seenNumber?.id === conversation.numberId ? seenNumber : await getNumber(conversation.numberId);
  const agentId = number?.assignedAgentId;
  if (!agentId) return { conversation, number, agent: undefined };
  const seenAgent = agentItem && AgentItem.parse(agentItem);
  const agent = seenAgent?.id === agentId ? seenAgent : await getAgent(tenantId, agentId);
  return { conversation, number, agent };
}

/** The customer's messages since the business last wrote: the burst this turn answers. */
export function currentBurst(history: readonly MessageItem[]): MessageItem[] {
  const lastOutbound = history.findLastIndex((message) => message.direction === "outbound");
  return history
    .slice(lastOutbound + 1)
    .filter((message) => message.direction === "inbound" && message.kind !== "system");
}
