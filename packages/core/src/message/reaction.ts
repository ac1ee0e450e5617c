import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import { idAt } from "../ids";
import type { NumberItem } from "../number/number";
import { MessageItem } from "./message";
import { findOwnByProviderId } from "./repository";

/**
 * A customer's reaction is shown on the message it reacts to (of this number's own tenant and
 * number only); an empty emoji removes it. A reaction older than the one shown changes nothing.
 */
export async function applyReaction(
  number: Pick<NumberItem, "id" | "tenantId" | "provider">,
  reaction: {
    providerMessageId: string;
    emoji: string | undefined;
    at: string;
    reactionId?: string;
  },
): Promise<MessageItem | undefined> {
  const marker = await findOwnByProviderId(number, reaction.providerMessageId);
  if (!marker) return undefined;
  const reactions = reaction.emoji ? [{ emoji: reaction.emoji, at: reaction.at }] : [];
  // Time first, then the reaction's own id: two reactions of one second end the same in any order.
  const order = idAt(Date.parse(reaction.at), reaction.reactionId ?? reaction.emoji ?? "");
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.message(marker.conversationId, marker.messageId),
        // WhatsApp keeps one reaction per person; the customer is the only one who reacts here.
        UpdateExpression: "SET reactions = :reactions, reactionOrder = :order",
        ConditionExpression:
          "attribute_exists(pk) AND (attribute_not_exists(reactionOrder) OR reactionOrder < :order)",
        ExpressionAttributeValues: { ":reactions": reactions, ":order": order },
        ReturnValues: "ALL_NEW",
      }),
    );
    return Attributes ? MessageItem.parse(Attributes) : undefined;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
