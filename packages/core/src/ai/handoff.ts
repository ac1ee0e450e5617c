import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { DEFAULT_HANDOFF_MESSAGE } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { tableName } from "../config";
import { ConversationItem, toConversation } from "../conversation/conversation";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import { nowIso } from "../ids";
import { logger } from "../logger";
import { sendText } from "../message/send";
import { countMetric } from "../metrics";
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
  countMetric("Handoffs");
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

async function escalate(tenantId: string, id: string): Promise<ConversationItem | undefined> {
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.conversation(tenantId, id),
        UpdateExpression: "SET aiActive = :off, escalated = :on, updatedAt = :at",
        ConditionExpression: "attribute_exists(pk) AND aiActive = :on",
        ExpressionAttributeValues: { ":off": false, ":on": true, ":at": nowIso() },
        ReturnValues: "ALL_NEW",
      }),
    );
    return ConversationItem.parse(Attributes);
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
