import { DEFAULT_HANDOFF_MESSAGE } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { type ConversationItem, laterIso, toConversation } from "../conversation/conversation";
import { changeConversation } from "../conversation/versioned";
import { nowIso } from "../ids";
import { logger } from "../logger";
import { sendText } from "../message/send";
import { notifyEscalation } from "../notification/create";
import { publish } from "../realtime/publisher";

export interface Handoff {
  tenant: Pick<Actor, "tenantId" | "slug">;
  conversationId: string;
  /** The agent's escalation.handoffMessage; the default when the agent is gone. */
  handoffMessage?: string;
  reason: string;
}

/**
 * Hands the conversation to people: AI off and escalated (once: a second hand-off of the same
 * conversation changes nothing), the customer told that a person will follow, and the team
 * notified with the reason. Returns false when AI was already off.
 */
export async function handOff(handoff: Handoff): Promise<boolean> {
  const conversation = await escalate(handoff.tenant.tenantId, handoff.conversationId);
  if (!conversation) return false;
  logger.info("AI handed off", { conversationId: conversation.id, reason: handoff.reason });
  await publish(handoff.tenant, {
    type: "conversation.updated",
    data: toConversation(conversation),
  });
  try {
    await sendText(handoff.tenant, conversation, {
      author: "ai",
      text: handoff.handoffMessage || DEFAULT_HANDOFF_MESSAGE,
    });
  } catch (error) {
    // Outside the 24 h window (or with the number gone) the customer cannot be told; people still are.
    logger.warn("the hand-off message could not be sent", {
      conversationId: conversation.id,
      error,
    });
  }
  await notifyEscalation({ tenant: handoff.tenant, conversation, reason: handoff.reason });
  return true;
}

/** AI off and escalated, on the version read: of a hand-off and a PATCH at once, both are decided. */
async function escalate(tenantId: string, id: string): Promise<ConversationItem | undefined> {
  const at = nowIso();
  const change = await changeConversation(tenantId, id, (current) =>
    current.aiActive
      ? { ...current, aiActive: false, escalated: true, updatedAt: laterIso(current.updatedAt, at) }
      : undefined,
  );
  return change.found && change.changed ? change.conversation : undefined;
}
