import type { Actor } from "../access/actor";
import type { ConversationItem } from "../conversation/conversation";
import { newId, nowIso } from "../ids";
import type { StoredInbound } from "../message/after-inbound";
import { previewText } from "../message/message";
import { type Audience, publish } from "../realtime/publisher";
import { newMessageNotificationId, toNotification } from "./notification";
import { putNotification, upsertNotification } from "./repository";

/** Their profile name, else their username, else their phone (never a bare user id if avoidable). */
const customerName = (conversation: ConversationItem) =>
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
  if (!needsPeople(stored.conversation)) return;
  await notifyUnanswered(stored, audience);
}

/** No AI answers the conversation's customer messages: its AI is off, or it was escalated. */
export const needsPeople = (conversation: Pick<ConversationItem, "aiActive" | "escalated">) =>
  !conversation.aiActive || Boolean(conversation.escalated);

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
  });
  if (!item) return;
  await publish(
    tenant,
    { type: "notification.created", data: toNotification(item, false) },
    audience,
  );
}
