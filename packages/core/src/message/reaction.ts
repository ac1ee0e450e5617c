import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import { MessageItem } from "./message";
import { findByProviderId } from "./repository";

/** A customer's reaction is shown on the message it reacts to; an empty emoji removes it. */
export async function applyReaction(
  provider: "twilio" | "meta",
  reaction: { providerMessageId: string; emoji: string | undefined; at: string },
): Promise<MessageItem | undefined> {
  const marker = await findByProviderId(provider, reaction.providerMessageId);
  if (!marker) return undefined;
  const reactions = reaction.emoji ? [{ emoji: reaction.emoji, at: reaction.at }] : [];
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.message(marker.conversationId, marker.messageId),
        // WhatsApp keeps one reaction per person; the customer is the only one who reacts here.
        UpdateExpression: "SET reactions = :reactions",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":reactions": reactions },
        ReturnValues: "ALL_NEW",
      }),
    );
    return Attributes ? MessageItem.parse(Attributes) : undefined;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
