import type { Message, MessageKind } from "@helios/contracts";
import { tableName } from "../config";
import {
  type ConversationItem,
  CUSTOMER_SERVICE_WINDOW_MS,
  conversationId,
  unchangedSince,
} from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { keys } from "../db/keys";
import { ConditionsFailed, type TransactItem, transactLabelled } from "../db/transact";
import { newId } from "../ids";
import type { NumberItem } from "../number/number";
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

/**
 * Stores an inbound message in one transaction with its dedupe marker (keyed by the provider's
 * message id) and the conversation's update: a retried or duplicated delivery changes nothing.
 */
export async function storeInbound(
  number: NumberItem,
  inbound: InboundMessage,
): Promise<InboundResult> {
  const convId = conversationId(number.id, inbound.from);
  const message: MessageItem = {
    tenantId: number.tenantId,
    provider: number.provider,
    id: newId(),
    conversationId: convId,
    direction: "inbound",
    author: "customer",
    kind: inbound.kind,
    text: inbound.text,
    ...(inbound.media?.length ? { media: inbound.media } : {}),
    ...(inbound.location ? { location: inbound.location } : {}),
    ...(inbound.replyTo ? { replyTo: inbound.replyTo } : {}),
    status: "received",
    statusRank: STATUS_RANK.received,
    providerMessageId: inbound.providerMessageId,
    createdAt: inbound.receivedAt,
  };
  for (let attempt = 0; ; attempt++) {
    const existing = await getConversation(number.tenantId, convId);
    const next = existing
      ? touchedConversation(existing, message, inbound)
      : newConversation(number, message, inbound);
    // Busy conversations stop racing for a version after a few rounds and add to the counter
    // instead, reading the result back: one more request, but no retry loop under a storm.
    const exact = attempt < OPTIMISTIC_ROUNDS;
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
          existing ? touchConversation(existing, next, exact) : putNewConversation(next),
        ],
      ]);
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
      if (error.labels.includes("dedupe")) return { duplicate: true };
      // The conversation changed (or was created or deleted) since it was read: read it again.
      if (attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
    if (exact || !existing) return { duplicate: false, conversation: next, message };
    const stored = await getConversation(number.tenantId, convId);
    if (!stored) throw new Error("conversation vanished after its write");
    return { duplicate: false, conversation: stored, message };
  }
}

/** Rounds conditioned on the version read, whose result is known without reading it back. */
const OPTIMISTIC_ROUNDS = 2;
/** A conversation deleted or created meanwhile is decided again a few times, then it fails. */
const MAX_ATTEMPTS = 4;

function dedupeMarker(number: NumberItem, message: MessageItem): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.providerMessage(number.provider, message.providerMessageId),
        type: "providerMessage",
        tenantId: number.tenantId,
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
    status: "open",
    // AI answers only on an active number; an inactive number's messages are for people.
    aiActive: number.active && number.assignedAgentId !== null,
    escalated: false,
    lastMessage: { text: previewText(message), direction: "inbound", at: message.createdAt },
    unreadCount: 1,
    inboundCount: 1,
    windowExpiresAt: windowFrom(message.createdAt),
    createdAt: message.createdAt,
    updatedAt: message.createdAt,
  };
}

function putNewConversation(conversation: ConversationItem): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.conversation(conversation.tenantId, conversation.id),
        ...keys.conversationIndexes(
          conversation.tenantId,
          "open",
          conversation.createdAt,
          conversation.id,
        ),
        type: "conversation",
        ...conversation,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/** A new inbound message reopens a closed or archived conversation and renews the 24 h window. */
function touchedConversation(
  existing: ConversationItem,
  message: MessageItem,
  inbound: InboundMessage,
): ConversationItem {
  return {
    ...existing,
    customer: { ...existing.customer, name: inbound.profileName || existing.customer.name },
    status: "open",
    lastMessage: { text: previewText(message), direction: "inbound", at: message.createdAt },
    unreadCount: existing.unreadCount + 1,
    inboundCount: (existing.inboundCount ?? 0) + 1,
    windowExpiresAt: windowFrom(message.createdAt),
    updatedAt: message.createdAt,
  };
}

/**
 * Exact: conditioned on the version that was read (`unchangedSince`), so that `next` is exactly
 * what is stored. Otherwise the counter is added to, on
 * whatever version is there.
 */
function touchConversation(
  existing: ConversationItem,
  next: ConversationItem,
  exact: boolean,
): TransactItem {
  const unchanged = unchangedSince(existing);
  const indexes = keys.conversationIndexes(next.tenantId, "open", next.updatedAt, next.id);
  const set =
    "SET lastMessage = :last, windowExpiresAt = :window, #status = :open, updatedAt = :at, customer.#name = :name, gsi1pk = :g1pk, gsi1sk = :g1sk, gsi2pk = :g2pk, gsi2sk = :g2sk";
  return {
    Update: {
      TableName: tableName(),
      Key: keys.conversation(existing.tenantId, existing.id),
      UpdateExpression: exact
        ? `${set}, unreadCount = :unread, inboundCount = :inbound`
        : `${set} ADD unreadCount :one, inboundCount :one`,
      ConditionExpression: exact ? unchanged.expression : "attribute_exists(pk)",
      ExpressionAttributeNames: { "#status": "status", "#name": "name" },
      ExpressionAttributeValues: {
        ":last": next.lastMessage,
        ":window": next.windowExpiresAt,
        ":open": "open",
        ":at": next.updatedAt,
        ":name": next.customer.name,
        ":g1pk": indexes.gsi1pk,
        ":g1sk": indexes.gsi1sk,
        ":g2pk": indexes.gsi2pk,
        ":g2sk": indexes.gsi2sk,
        ...(exact
          ? {
              ":unread": next.unreadCount,
              ":inbound": next.inboundCount,
              ...unchanged.values,
            }
          : { ":one": 1 }),
      },
    },
  };
}
