import type { Message, MessageKind } from "@helios/contracts";
import { tableName } from "../config";
import {
  type ConversationItem,
  CUSTOMER_SERVICE_WINDOW_MS,
  conversationId,
  earlierIso,
  isLaterThanLast,
  laterIso,
} from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import {
  afterWrite,
  backOff,
  putNewConversation,
  VERSION_ATTEMPTS,
  versionedUpdate,
} from "../conversation/versioned";
import { keys } from "../db/keys";
import { ConditionsFailed, type TransactItem, transactLabelled } from "../db/transact";
import { idAt } from "../ids";
import type { NumberItem } from "../number/number";
import { storableText } from "./long-text";
import { type MessageItem, previewText, STATUS_RANK } from "./message";

/** An inbound customer message, whatever provider brought it. */
export interface InboundMessage {
  providerMessageId: string;
  /** The customer's address, `whatsapp:+E164`. */
  from: string;
  profileName?: string;
  kind: MessageKind;
  text: string;
  media?: Message["media"];
  location?: Message["location"];
  replyTo?: Message["replyTo"];
  receivedAt: string;
}

export type InboundResult =
  | { duplicate: true }
  | { duplicate: false; conversation: ConversationItem; message: MessageItem };

/** The stored message: its id sorts by the provider's time, and is the same on every delivery. */
export function inboundMessageItem(
  number: NumberItem,
  convId: string,
  inbound: InboundMessage,
): MessageItem {
  const { text, fullLength } = storableText(inbound.text);
  return {
    tenantId: number.tenantId,
    provider: number.provider,
    id: idAt(Date.parse(inbound.receivedAt), `${number.provider}\n${inbound.providerMessageId}`),
    conversationId: convId,
    direction: "inbound",
    author: "customer",
    kind: inbound.kind,
    text,
    ...(fullLength !== undefined ? { fullLength } : {}),
    ...(inbound.media?.length ? { media: inbound.media } : {}),
    ...(inbound.location ? { location: inbound.location } : {}),
    ...(inbound.replyTo ? { replyTo: inbound.replyTo } : {}),
    status: "received",
    statusRank: STATUS_RANK.received,
    providerMessageId: inbound.providerMessageId,
    createdAt: inbound.receivedAt,
  };
}

/**
 * Stores an inbound message in one transaction with its dedupe marker (keyed by the provider's
 * message id) and the conversation's update, conditioned on the conversation's version: a retried
 * or duplicated delivery changes nothing, and a late one changes only what it should.
 */
export async function storeInbound(
  number: NumberItem,
  inbound: InboundMessage,
): Promise<InboundResult> {
  const convId = conversationId(number.id, inbound.from);
  const message = inboundMessageItem(number, convId, inbound);
  for (let attempt = 1; ; attempt++) {
    const existing = await getConversation(number.tenantId, convId);
    const next = existing
      ? withInbound(existing, message, inbound)
      : newConversation(number, message, inbound);
    try {
      await transactLabelled([
        ["dedupe", dedupeMarker(number, message)],
        [
          "message",
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.message(convId, message.id), type: "message", ...message },
            },
          },
        ],
        [
          "conversation",
          existing ? { Update: versionedUpdate(existing, next) } : putNewConversation(next),
        ],
      ]);
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
      if (error.labels.includes("dedupe")) return { duplicate: true };
      // The conversation changed (or was created or deleted) since it was read: read it again.
      if (attempt >= VERSION_ATTEMPTS) throw error;
      await backOff(attempt);
      continue;
    }
    const conversation = existing ? afterWrite(existing, next) : { ...next, version: 1 };
    return { duplicate: false, conversation, message };
  }
}

function dedupeMarker(number: NumberItem, message: MessageItem): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.providerMessage(number.provider, message.providerMessageId),
        type: "providerMessage",
        tenantId: number.tenantId,
        numberId: number.id,
        conversationId: message.conversationId,
        messageId: message.id,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

const windowFrom = (receivedAt: string) =>
  new Date(Date.parse(receivedAt) + CUSTOMER_SERVICE_WINDOW_MS).toISOString();

function newConversation(
  number: NumberItem,
  message: MessageItem,
  inbound: InboundMessage,
): ConversationItem {
  return {
    tenantId: number.tenantId,
    id: message.conversationId,
    numberId: number.id,
    customer: { address: inbound.from, name: inbound.profileName ?? "" },
    customerFromId: message.id,
    status: "open",
    // AI answers only on an active number; an inactive number's messages are for people.
    aiActive: number.active && number.assignedAgentId !== null,
    escalated: false,
    lastMessage: { text: previewText(message), direction: "inbound", at: message.createdAt },
    lastMessageId: message.id,
    unreadCount: 1,
    inboundCount: 1,
    windowExpiresAt: windowFrom(message.createdAt),
    version: 0,
    createdAt: message.createdAt,
    updatedAt: message.createdAt,
  };
}

/**
 * The conversation with one more customer message. Only a message later than the one shown moves
 * the "latest" fields (last message, activity, list order, reopening); the window only grows; the
 * unread count counts every message; the customer's profile comes from their latest message.
 */
export function withInbound(
  existing: ConversationItem,
  message: MessageItem,
  inbound: InboundMessage,
): ConversationItem {
  const window = windowFrom(message.createdAt);
  const next: ConversationItem = {
    ...existing,
    unreadCount: existing.unreadCount + 1,
    inboundCount: (existing.inboundCount ?? 0) + 1,
    windowExpiresAt: existing.windowExpiresAt ? laterIso(existing.windowExpiresAt, window) : window,
    createdAt: earlierIso(existing.createdAt, message.createdAt),
  };
  const profileIsLater =
    existing.customerFromId === undefined || message.id > existing.customerFromId;
  if (profileIsLater && inbound.profileName) {
    next.customer = { ...existing.customer, name: inbound.profileName };
    next.customerFromId = message.id;
  }
  if (!isLaterThanLast(existing, message)) return next;
  return {
    ...next,
    status: "open",
    lastMessage: { text: previewText(message), direction: "inbound", at: message.createdAt },
    lastMessageId: message.id,
    updatedAt: laterIso(existing.updatedAt, message.createdAt),
  };
}
