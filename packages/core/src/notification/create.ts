import type { Actor } from "../access/actor";
import type { ConversationItem } from "../conversation/conversation";
import { newId, nowIso } from "../ids";
import type { StoredInbound } from "../message/after-inbound";
import { previewText } from "../message/message";
import { type Audience, memberAudience, publish } from "../realtime/publisher";
import { newMessageNotificationId, toNotification } from "./notification";
import { putNotification, upsertNotification } from "./repository";

/** Their profile name, else their username, else their phone (never a bare user id if avoidable). */
export const customerName = (conversation: ConversationItem) =>
  conversation.customer.name ||
  conversation.customer.username ||
  conversation.customer.address.replace(/^whatsapp:/, "");

/** A handoff to people (by the model or a rule): every escalation is its own notification. */
export async function notifyEscalation(input: {
  tenant: Pick<Actor, "tenantId" | "slug">;
  conversation: ConversationItem;
  reason: string;
}): Promise<void> {
  const item = await putNotification({
    tenantId: input.tenant.tenantId,
    id: newId(),
    type: "escalation",
    conversationId: input.conversation.id,
    title: `${customerName(input.conversation)} needs a person`,
    body: input.reason,
    createdAt: nowIso(),
  });
  await publish(input.tenant, { type: "notification.created", data: toNotification(item, false) });
}

/**
 * People are told of a customer's message only when no AI answers it: the conversation's AI is
 * off, or it was escalated (and the AI worker calls `notifyUnanswered` when it cannot answer).
 */
export async function notifyNewMessage(stored: StoredInbound, audience?: Audience): Promise<void> {
  if (stored.conversation.aiActive && !stored.conversation.escalated) return;
  await notifyUnanswered(stored, audience);
}

/**
 * A customer's message that people must answer. One notification per conversation, updated by
 * each later message.
 */
export async function notifyUnanswered(
  { tenant, conversation, message }: Pick<StoredInbound, "tenant" | "conversation" | "message">,
  audience?: Audience,
): Promise<void> {
  const unread = conversation.unreadCount;
  const name = customerName(conversation);
  const item = await upsertNotification({
    tenantId: tenant.tenantId,
    id: newMessageNotificationId(conversation.id),
    type: "new_message",
    conversationId: conversation.id,
    title: unread > 1 ? `${unread} new messages from ${name}` : `New message from ${name}`,
    body: previewText(message),
    at: nowIso(),
    eventAt: message.createdAt,
    eventId: message.id,
    customerName: name,
  });
  if (!item) return;
  await publish(
    tenant,
    { type: "notification.created", data: toNotification(item, false) },
    audience,
  );
}

/**
 * A notification of one member's own (a conversation assigned to them, a note that mentions
 * them): listed, counted and sent live to that member only.
 */
export async function notifyMember(input: {
  tenant: Pick<Actor, "tenantId" | "slug">;
  recipientUserId: string;
  type: "assigned" | "mention";
  conversation: ConversationItem;
  title: string;
  body: string;
}): Promise<void> {
  const item = await putNotification({
    tenantId: input.tenant.tenantId,
    id: newId(),
    type: input.type,
    conversationId: input.conversation.id,
    recipientUserId: input.recipientUserId,
    title: input.title,
    body: input.body,
    createdAt: nowIso(),
  });
  await publish(
    input.tenant,
    { type: "notification.created", data: toNotification(item, false) },
    memberAudience(input.tenant.tenantId, input.recipientUserId),
  );
}
