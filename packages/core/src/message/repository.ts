import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { MessageItem } from "./message";

export const ProviderMessageMarker = z.object({
  tenantId: z.string(),
  conversationId: z.string(),
  messageId: z.string(),
});
export type ProviderMessageMarker = z.infer<typeof ProviderMessageMarker>;

export async function findByProviderId(provider: "twilio" | "meta", providerMessageId: string) {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.providerMessage(provider, providerMessageId),
      ConsistentRead: true,
    }),
  );
  return Item ? ProviderMessageMarker.parse(Item) : undefined;
}

export async function getMessage(
  conversationId: string,
  messageId: string,
): Promise<MessageItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.message(conversationId, messageId),
      ConsistentRead: true,
    }),
  );
  return Item ? MessageItem.parse(Item) : undefined;
}

/** A page of messages older than `before` (a message id), returned oldest first. */
export async function listMessages(conversationId: string, limit: number, before?: string) {
  const { pk } = keys.messagesOf(conversationId);
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: before
        ? "pk = :pk AND sk BETWEEN :first AND :before"
        : "pk = :pk AND begins_with(sk, :first)",
      ExpressionAttributeValues: {
        ":pk": pk,
        ":first": "MSG#",
        ...(before ? { ":before": `MSG#${before}` } : {}),
      },
      ScanIndexForward: false,
      Limit: limit + (before ? 1 : 0),
      ConsistentRead: true,
    }),
  );
  const items = (page.Items ?? [])
    .map((item) => MessageItem.parse(item))
    .filter((m) => m.id !== before);
  const pageItems = items.slice(0, limit);
  const hasMore = page.LastEvaluatedKey !== undefined || items.length > limit;
  return {
    items: pageItems.reverse(),
    nextCursor: hasMore && pageItems.length > 0 ? (pageItems[0]?.id ?? null) : null,
  };
}
