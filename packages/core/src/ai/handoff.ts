import type { EscalationReason } from "@helios/contracts";
import { DEFAULT_HANDOFF_MESSAGE } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { type ConversationItem, laterIso, toConversation } from "../conversation/conversation";
import { getConversation, versionedUpdate } from "../conversation/repository";
import { afterWrite, backOff, VERSION_ATTEMPTS } from "../conversation/versioned";
import { ConditionsFailed, transactLabelled } from "../db/transact";
import { nowIso } from "../ids";
import { logger } from "../logger";
import { type MessageItem, toMessage } from "../message/message";
import { messagePut } from "../message/repository";
import { ReplyDropped, sendText } from "../message/send";
import { countMetric } from "../metrics";
import { notifyEscalation } from "../notification/create";
import { publishAll } from "../realtime/publisher";
import { eventMessage } from "../timeline/event";

export interface Handoff {
  tenant: Pick<Actor, "tenantId" | "slug">;
  conversationId: string;
  /** The number's provider (the timeline line is stored like its messages). */
  provider: MessageItem["provider"];
  /** The agent's escalation.handoffMessage; the default when the agent is gone. */
  handoffMessage?: string;
  reason: EscalationReason;
  /** The reason in words: the keyword, the model's reason, the provider's failure. */
  detail: string;
  /** Outside the 24-hour window the customer cannot be told (only a template could): skip it. */
  customerUnreachable?: boolean;
}

/**
 * Hands the conversation to people: AI off and escalated with its reason (once: a second hand-off
 * of the same conversation changes nothing), a line in the chat saying why, the customer told
 * that a person will follow, and the team notified. Returns false when AI was already off.
 */
export async function handOff(handoff: Handoff): Promise<boolean> {
  const escalated = await escalate(handoff);
  if (!escalated) return false;
  const { conversation, event } = escalated;
  countMetric("Handoffs");
  logger.info("AI handed off", { conversationId: conversation.id, reason: handoff.reason });
  await publishAll(handoff.tenant, [
    { type: "message.created", data: toMessage(event) },
    { type: "conversation.updated", data: toConversation(conversation) },
  ]);
  if (!handoff.customerUnreachable) await tellCustomer(handoff, conversation);
  await notifyEscalation({ tenant: handoff.tenant, conversation, reason: handoff.detail });
  return true;
}

/** "A person will follow": unless a person answered first. */
async function tellCustomer(handoff: Handoff, conversation: ConversationItem) {
  try {
    await sendText(handoff.tenant, conversation, {
      author: "ai",
      text: handoff.handoffMessage || DEFAULT_HANDOFF_MESSAGE,
      // A person who answered (or closed it) in the meantime has said more than "someone will follow".
      mayStillSend: (current) => current.escalated,
    });
  } catch (error) {
    if (error instanceof ReplyDropped) {
      logger.info("hand-off message dropped: a person answered first", {
        conversationId: conversation.id,
      });
    } else {
      // Outside the 24 h window (or with the number gone) the customer cannot be told; people still are.
      logger.warn("the hand-off message could not be sent", {
        conversationId: conversation.id,
        error,
      });
    }
  }
}

/**
 * AI off, escalated with its reason, and the timeline line, in one transaction on the version read
 * while AI is on: of a hand-off and a person's reply (or a PATCH) at once, both are decided.
 */
async function escalate(
  handoff: Handoff,
): Promise<{ conversation: ConversationItem; event: MessageItem } | undefined> {
  const { tenant, conversationId } = handoff;
  for (let attempt = 1; ; attempt++) {
    const current = await getConversation(tenant.tenantId, conversationId);
    if (!current?.aiActive) return undefined;
    const at = nowIso();
    const event = eventMessage({
      tenantId: tenant.tenantId,
      provider: handoff.provider,
      conversationId,
      event: { type: "escalated", reason: handoff.reason },
      detail: handoff.detail,
      at,
    });
    const next: ConversationItem = {
      ...current,
      aiActive: false,
      escalated: true,
      escalation: { reason: handoff.reason, detail: handoff.detail, at },
      updatedAt: laterIso(current.updatedAt, at),
    };
    try {
      await transactLabelled([
        ["conversation", versionedUpdate(current, next)],
        ["event", messagePut(event)],
      ]);
      return { conversation: afterWrite(current, next), event };
    } catch (error) {
      if (!(error instanceof ConditionsFailed) || attempt >= VERSION_ATTEMPTS) throw error;
      await backOff(attempt);
    }
  }
}
