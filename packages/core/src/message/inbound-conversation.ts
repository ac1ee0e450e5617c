import { CUSTOMER_SERVICE_WINDOW_MS } from "@helios/contracts";
import {
  type ConversationItem,
  earlierIso,
  isLaterThanLast,
  laterIso,
} from "../conversation/conversation";
import { type CustomerIdentity, replyAddress } from "../conversation/identity";
import type { NumberItem } from "../number/number";
import type { InboundMessage } from "./inbound";
import { type MessageItem, previewText } from "./message";

const windowFrom = (receivedAt: string) =>
  new Date(Date.parse(receivedAt) + CUSTOMER_SERVICE_WINDOW_MS).toISOString();

/** A system line (changed number, changed user id) is not the customer writing. */
const isCustomerWriting = (inbound: InboundMessage) => inbound.kind !== "system";

/** What this message says about the customer: who wrote it, or who they are now (a change). */
function customerFields(inbound: InboundMessage): Record<string, string> {
  const identity: CustomerIdentity = inbound.identityChange
    ? { ...inbound.identityChange }
    : (inbound.customer ?? {});
  const fields: Record<string, string | undefined> = {
    name: inbound.profileName || undefined,
    phone: identity.phone,
    userId: identity.userId,
    parentUserId: identity.parentUserId,
    username: identity.username,
  };
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/**
 * The customer with what this message says, field by field: a field takes the value of the latest
 * message that carries it (by message id, i.e. the provider's time), whatever order they came in.
 */
function withCustomerFields(
  existing: Pick<ConversationItem, "customer" | "customerSources" | "customerNameLocked">,
  message: MessageItem,
  inbound: InboundMessage,
): Pick<ConversationItem, "customer" | "customerSources"> {
  const customer: Record<string, string | undefined> = { ...existing.customer };
  const sources: Record<string, string> = { ...existing.customerSources };
  for (const [field, value] of Object.entries(customerFields(inbound))) {
    const source = sources[field];
    if (source !== undefined && source > message.id) continue;
    // A name a member gave the contact wins over the WhatsApp profile name.
    if (field === "name" && existing.customerNameLocked) continue;
    customer[field] = value;
    sources[field] = message.id;
  }
  const address =
    replyAddress({ phone: customer.phone, userId: customer.userId }) ?? existing.customer.address;
  return {
    customer: {
      ...existing.customer,
      ...Object.fromEntries(Object.entries(customer).filter((entry) => entry[1] !== undefined)),
      address,
      name: customer.name ?? "",
    },
    customerSources: sources,
  };
}

export function newConversation(
  number: NumberItem,
  message: MessageItem,
  inbound: InboundMessage,
): ConversationItem {
  const writing = isCustomerWriting(inbound);
  return {
    tenantId: number.tenantId,
    id: message.conversationId,
    numberId: number.id,
    ...withCustomerFields(
      { customer: { address: inbound.from, name: "" }, customerSources: {} },
      message,
      inbound,
    ),
    status: "open",
    // AI answers only on an active number; an inactive number's messages are for people.
    aiActive: number.active && number.assignedAgentId !== null,
    escalated: false,
    lastMessage: writing
      ? { text: previewText(message), direction: "inbound", at: message.createdAt }
      : null,
    ...(writing ? { lastMessageId: message.id } : {}),
    unreadCount: writing ? 1 : 0,
    inboundCount: writing ? 1 : 0,
    assignee: null,
    labels: [],
    lastInboundAt: writing ? message.createdAt : null,
    windowExpiresAt: writing ? windowFrom(message.createdAt) : null,
    version: 0,
    createdAt: message.createdAt,
    updatedAt: message.createdAt,
  };
}

/**
 * The conversation with one more customer message. Only a message later than the one shown moves
 * the "latest" fields (last message, activity, list order, reopening); the window only grows; the
 * unread count counts every message; each customer field comes from the latest message with it.
 * A system line changes only who the customer is.
 */
export function withInbound(
  existing: ConversationItem,
  message: MessageItem,
  inbound: InboundMessage,
): ConversationItem {
  const next: ConversationItem = {
    ...existing,
    ...withCustomerFields(existing, message, inbound),
    createdAt: earlierIso(existing.createdAt, message.createdAt),
  };
  if (!isCustomerWriting(inbound)) return next;
  const window = windowFrom(message.createdAt);
  next.unreadCount = existing.unreadCount + 1;
  next.inboundCount = (existing.inboundCount ?? 0) + 1;
  next.windowExpiresAt = existing.windowExpiresAt
    ? laterIso(existing.windowExpiresAt, window)
    : window;
  next.lastInboundAt = existing.lastInboundAt
    ? laterIso(existing.lastInboundAt, message.createdAt)
    : message.createdAt;
  if (!isLaterThanLast(existing, message)) return next;
  return {
    ...next,
    status: "open",
    lastMessage: { text: previewText(message), direction: "inbound", at: message.createdAt },
    lastMessageId: message.id,
    updatedAt: laterIso(existing.updatedAt, message.createdAt),
  };
}
