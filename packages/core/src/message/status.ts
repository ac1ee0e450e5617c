import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { MessageStatus } from "@helios/contracts";
import { tableName } from "../config";
import { learnUserId } from "../conversation/learn-identity";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
import { countMetric } from "../metrics";
import type { NumberItem } from "../number/number";
import { explainProviderError } from "../provider/errors";
import { MessageItem, STATUS_RANK } from "./message";
import { findOwnByProviderId } from "./repository";

export interface StatusUpdate {
  providerMessageId: string;
  status: Exclude<MessageStatus, "received">;
  errorCode?: string;
  /** The customer's business-scoped user id, when the provider names it (Meta `recipient_user_id`). */
  recipientUserId?: string;
}

/**
 * Moves an outbound message's status forward. Callbacks arrive out of order and repeat, so the
 * write is conditional: an older or repeated status changes nothing, and `failed` is final. Only a
 * message of the webhook number's own tenant and number is touched.
 * Returns the updated message, or undefined when nothing changed.
 */
export async function applyStatus(
  number: Pick<NumberItem, "id" | "tenantId" | "provider">,
  update: StatusUpdate,
): Promise<MessageItem | undefined> {
  const marker = await findOwnByProviderId(number, update.providerMessageId);
  if (!marker) return undefined;
  if (update.recipientUserId)
    await learnUserId(number, marker.conversationId, update.recipientUserId);
  const failed = update.status === "failed";
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.message(marker.conversationId, marker.messageId),
        UpdateExpression: failed
          ? "SET #status = :status, statusRank = :rank, #error = :error"
          : "SET #status = :status, statusRank = :rank",
        ConditionExpression: failed
          ? "attribute_exists(pk) AND statusRank < :read"
          : "attribute_exists(pk) AND statusRank < :rank",
        ExpressionAttributeNames: { "#status": "status", ...(failed ? { "#error": "error" } : {}) },
        ExpressionAttributeValues: {
          ":status": update.status,
          ":rank": STATUS_RANK[update.status],
          ...(failed
            ? {
                ":read": STATUS_RANK.read,
                ":error": {
                  code: update.errorCode ?? "unknown",
                  message: explainProviderError(update.errorCode),
                },
              }
            : {}),
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    if (!Attributes) return undefined;
    if (failed) countMetric("SendsFailed", { code: update.errorCode ?? "unknown" });
    return MessageItem.parse(Attributes);
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
