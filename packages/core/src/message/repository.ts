import type { MessageStatus } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { ConversationItem } from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { batchGet, batchGetAlong, type ReadAlong } from "../db/batch";
import { unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { queryPage } from "../db/query";
import { putItem, putNewTx, putTx, readItem, updateItem, updateTx } from "../db/table";
import type { TransactItem } from "../db/transact";
import { TwilioIntegrationItem } from "../integration/integration";
import { NumberItem } from "../number/number";
import { UserItem } from "../user/user";
import { MessageItem, STATUS_RANK } from "./message";

export const ProviderMessageMarker = z.object({
  tenantId: z.string(),
  /** The number the message came or went through (absent on markers stored before it was kept). */
  numberId: z.optional(z.string()),
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

const messageItem = (message: MessageItem) => ({
  ...keys.message(message.conversationId, message.id),
  type: "message",
  ...message,
});

/** Stores a message as it is (its id is new, or it is the same message again). */
export async function putMessage(message: MessageItem): Promise<void> {
  await putItem({ Item: messageItem(message) });
}

/** The Put of a message, in the transaction that also moves its conversation. */
export const messagePut = (message: MessageItem): TransactItem =>
  putTx({ Item: messageItem(message) });

type Marked = Pick<MessageItem, "provider" | "tenantId" | "conversationId" | "id">;

/** The marker that finds a message by the provider's id (status callbacks, dedupe). */
const providerMarker = (message: Marked, providerMessageId: string, numberId: string) => ({
  ...keys.providerMessage(message.provider, providerMessageId),
  type: "providerMessage",
  tenantId: message.tenantId,
  numberId,
  conversationId: message.conversationId,
  messageId: message.id,
});

/** An inbound message's marker: it fails if the provider's id was stored before (a redelivery). */
export const dedupeMarkerPut = (
  message: Marked & { providerMessageId: string },
  numberId: string,
) => putNewTx(providerMarker(message, message.providerMessageId, numberId));

/** The marker of an accepted outbound message, and its provider id on the message itself. */
export const providerIdWrites = (
  message: Marked,
  providerMessageId: string,
  numberId: string,
): TransactItem[] => [
  putTx({ Item: providerMarker(message, providerMessageId, numberId) }),
  updateTx({
    Key: keys.message(message.conversationId, message.id),
    UpdateExpression: "SET providerMessageId = :id",
    ExpressionAttributeValues: { ":id": providerMessageId },
  }),
];

type MessageRef = { conversationId: string; messageId: string };

/** Sets attributes of a stored message, on a condition; the message after it, or undefined. */
async function updateMessage(
  { conversationId, messageId }: MessageRef,
  update: {
    set: string;
    condition?: string;
    names?: Record<string, string>;
    values: Record<string, unknown>;
  },
): Promise<MessageItem | undefined> {
  const written = await unlessConditionFails(
    updateItem({
      Key: keys.message(conversationId, messageId),
      UpdateExpression: update.set,
      ...(update.condition ? { ConditionExpression: update.condition } : {}),
      ...(update.names ? { ExpressionAttributeNames: update.names } : {}),
      ExpressionAttributeValues: update.values,
      ReturnValues: "ALL_NEW",
    }),
  );
  return written?.Attributes ? MessageItem.parse(written.Attributes) : undefined;
}

/** The customer's reaction, unless the one stored is newer (`order`); undefined then. */
export const setReaction = (
  ref: MessageRef,
  reactions: { emoji: string; at: string }[],
  order: string,
) =>
  updateMessage(ref, {
    // WhatsApp keeps one reaction per person; the customer is the only one who reacts here.
    set: "SET reactions = :reactions, reactionOrder = :order",
    condition:
      "attribute_exists(pk) AND (attribute_not_exists(reactionOrder) OR reactionOrder < :order)",
    values: { ":reactions": reactions, ":order": order },
  });

/**
 * A status further along than the stored one (`failed` unless the message was read already),
 * with its error when it failed; undefined when the stored status is as far or further.
 */
export function advanceStatus(
  ref: MessageRef,
  status: Exclude<MessageStatus, "received">,
  error?: { code: string; message: string },
) {
  const failed = status === "failed";
  return updateMessage(ref, {
    set: failed
      ? "SET #status = :status, statusRank = :rank, #error = :error"
      : "SET #status = :status, statusRank = :rank",
    condition: failed
      ? "attribute_exists(pk) AND statusRank < :read"
      : "attribute_exists(pk) AND statusRank < :rank",
    names: { "#status": "status", ...(failed ? { "#error": "error" } : {}) },
    values: {
      ":status": status,
      ":rank": STATUS_RANK[status],
      ...(failed ? { ":read": STATUS_RANK.read, ":error": error } : {}),
    },
  });
}

/** The provider refused the message: `failed`, with why. */
export async function markMessageFailed(
  message: MessageItem,
  failure: { code: string; message: string },
): Promise<MessageItem> {
  const failed = await updateMessage(
    { conversationId: message.conversationId, messageId: message.id },
    {
      set: "SET #status = :failed, statusRank = :rank, #error = :error",
      names: { "#status": "status", "#error": "error" },
      values: { ":failed": "failed", ":rank": STATUS_RANK.failed, ":error": failure },
    },
  );
  return MessageItem.parse(failed);
}

/**
 * Back to `queued` with a fresh attempt time (`now`), on the condition that the message is still
 * as it was read (same status, same last attempt, no provider id); undefined when it is not.
 */
export function requeueMessage(message: MessageItem, now: string) {
  const seenAttempt = message.sendAttemptAt;
  return updateMessage(
    { conversationId: message.conversationId, messageId: message.id },
    {
      set: "SET #status = :queued, statusRank = :rank, sendAttemptAt = :now REMOVE #error",
      condition: `#status = :seen AND providerMessageId = :none AND ${
        seenAttempt === undefined
          ? "attribute_not_exists(sendAttemptAt)"
          : "sendAttemptAt = :seenAttempt"
      }`,
      names: { "#status": "status", "#error": "error" },
      values: {
        ":queued": "queued",
        ":rank": STATUS_RANK.queued,
        ":now": now,
        ":seen": message.status,
        ":none": "",
        ...(seenAttempt === undefined ? {} : { ":seenAttempt": seenAttempt }),
      },
    },
  );
}

export interface SendingContext {
  number: NumberItem | undefined;
  /** The tenant's Twilio integration (read whatever the number's provider: one request either way). */
  twilio: TwilioIntegrationItem | undefined;
}

/** A reply's number and the tenant's Twilio credentials: the tenant is known before the number. */
export async function sendingContext(tenantId: string, numberId: string): Promise<SendingContext> {
  const [number, twilio] = await batchGet([
    keys.number(numberId),
    keys.integration(tenantId, "twilio"),
  ]);
  return {
    number: number ? NumberItem.parse(number) : undefined,
    twilio: twilio ? TwilioIntegrationItem.parse(twilio) : undefined,
  };
}

export interface ChatReplyContext {
  conversation: ConversationItem | undefined;
  user: UserItem | undefined;
  twilio: TwilioIntegrationItem | undefined;
}

/**
 * What a person's reply needs before its number is known, in one request: the conversation (in
 * the caller's tenant), the person's name, and the tenant's Twilio credentials.
 */
export async function chatReplyContext(
  actor: { tenantId: string; userId: string },
  conversationId: string,
  /** The fan-out's connections, read in the same request. */
  along?: ReadAlong,
): Promise<ChatReplyContext> {
  const [conversation, user, twilio] = await batchGetAlong(
    [
      keys.conversation(actor.tenantId, conversationId),
      keys.user(actor.userId),
      keys.integration(actor.tenantId, "twilio"),
    ],
    along,
  );
  return {
    conversation: conversation ? ConversationItem.parse(conversation) : undefined,
    user: user ? UserItem.parse(user) : undefined,
    twilio: twilio ? TwilioIntegrationItem.parse(twilio) : undefined,
  };
}
