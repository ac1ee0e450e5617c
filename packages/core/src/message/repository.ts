import { z } from "zod";
import { getConversation } from "../conversation/repository";
import { keys } from "../db/keys";
import { queryPage } from "../db/query";
import { readItem } from "../db/table";
import type { NumberItem } from "../number/number";
import { MessageItem } from "./message";

export const ProviderMessageMarker = z.object({
  tenantId: z.string(),
  /** The number the message came or went through (absent on markers stored before it was kept). */
  numberId: z.string().optional(),
  conversationId: z.string(),
  messageId: z.string(),
});
export type ProviderMessageMarker = z.infer<typeof ProviderMessageMarker>;

export const findByProviderId = (provider: "twilio" | "meta", providerMessageId: string) =>
  readItem(ProviderMessageMarker, keys.providerMessage(provider, providerMessageId));

/**
 * The marker of a message of this number's own tenant and number, else undefined: provider ids
 * are global, and a webhook of one number must never reach another tenant's (or number's) message.
 */
export async function findOwnByProviderId(
  number: Pick<NumberItem, "id" | "tenantId" | "provider">,
  providerMessageId: string,
): Promise<ProviderMessageMarker | undefined> {
  const marker = await findByProviderId(number.provider, providerMessageId);
  if (!marker || marker.tenantId !== number.tenantId) return undefined;
  if (marker.numberId !== undefined) return marker.numberId === number.id ? marker : undefined;
  const conversation = await getConversation(number.tenantId, marker.conversationId);
  return conversation?.numberId === number.id ? marker : undefined;
}

export const getMessage = (
  conversationId: string,
  messageId: string,
): Promise<MessageItem | undefined> =>
  readItem(MessageItem, keys.message(conversationId, messageId));

/** A page of messages older than `before` (a message id), returned oldest first. */
export async function listMessages(conversationId: string, limit: number, before?: string) {
  const { pk } = keys.messagesOf(conversationId);
  const page = await queryPage({
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
  });
  const items = page.items.map((item) => MessageItem.parse(item)).filter((m) => m.id !== before);
  const pageItems = items.slice(0, limit);
  const hasMore = page.lastKey !== undefined || items.length > limit;
  return {
    items: pageItems.reverse(),
    nextCursor: hasMore && pageItems.length > 0 ? (pageItems[0]?.id ?? null) : null,
  };
}
