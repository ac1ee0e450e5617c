import type {
  Conversation,
  ConversationList,
  ListConversationsQuery,
  UpdateConversationBody,
} from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { notFound } from "../errors/app-error";
import { nowIso } from "../ids";
import { queueInsightsQuietly } from "../insight/request";
import { type MessageItem, toMessage } from "../message/message";
import { putMessage } from "../message/repository";
import { markConversationNotificationRead } from "../notification/use-cases";
import { getNumber } from "../number/repository";
import { publish, publishAll } from "../realtime/publisher";
import { searchConversations } from "../search/conversations";
import { eventMessage } from "../timeline/event";
import { getUser } from "../user/repository";
import { type ConversationItem, laterIso, toConversation } from "./conversation";
import { conversationMatches } from "./filters";
import {
  deleteConversation,
  getConversation,
  listConversations,
  purgeConversationItems,
} from "./repository";
import { changeConversation } from "./versioned";

export const conversationNotFound = () =>
  notFound("conversation_not_found", "This conversation does not exist (it may have been deleted)");

export async function conversationOfTenant(actor: Actor, id: string): Promise<ConversationItem> {
  const conversation = await getConversation(actor.tenantId, id);
  if (!conversation) throw conversationNotFound();
  return conversation;
}

export async function list(actor: Actor, query: ListConversationsQuery): Promise<ConversationList> {
  const page = query.q
    ? await searchConversations(actor.tenantId, query.q, {
        ...query,
        keep: (conversation) => conversationMatches(conversation, query, actor),
      })
    : await listConversations(actor.tenantId, query);
  return { items: page.items.map(toConversation), nextCursor: page.nextCursor };
}

export async function get(actor: Actor, id: string): Promise<Conversation> {
  return toConversation(await conversationOfTenant(actor, id));
}

/**
 * Status moves open → closed → archived, and back to open from either; AI can be switched (by any
 * member). Closing (or archiving), or a person turning AI back on, ends the escalation; closing
 * also refreshes the insights; switching AI leaves a line in the chat saying who did it. Written
 * on the version read: a PATCH racing an AI hand-off is decided again on the hand-off's result.
 */
export async function update(
  actor: Actor,
  id: string,
  input: UpdateConversationBody,
): Promise<Conversation> {
  const at = nowIso();
  const change = await changeConversation(actor.tenantId, id, (current) => {
    const status = input.status ?? current.status;
    // Closing (or archiving straight away) puts the conversation aside: it is handled.
    const closing = status !== "open" && current.status === "open";
    const endsEscalation = input.aiActive === true || closing;
    return {
      ...current,
      status,
      aiActive: input.aiActive ?? current.aiActive,
      escalated: endsEscalation ? false : current.escalated,
      escalation: endsEscalation ? undefined : current.escalation,
      updatedAt: laterIso(current.updatedAt, at),
    };
  });
  if (!change.found) throw conversationNotFound();
  const conversation = toConversation(change.conversation);
  const previous = change.changed ? change.previous : change.conversation;
  const event =
    previous.aiActive !== conversation.aiActive
      ? await switchEvent(actor, change.conversation, at)
      : undefined;
  await publishAll(actor, [
    ...(event ? [{ type: "message.created" as const, data: toMessage(event) }] : []),
    { type: "conversation.updated", data: conversation },
  ]);
  if (conversation.status === "closed" && previous.status !== "closed")
    await queueInsightsQuietly(actor, id, "conversation closed");
  return conversation;
}

/** "AI switched off by Maria" / "AI resumed by Maria", stored among the conversation's messages. */
async function switchEvent(
  actor: Actor,
  conversation: ConversationItem,
  at: string,
): Promise<MessageItem | undefined> {
  const [number, user] = await Promise.all([
    getNumber(conversation.numberId),
    getUser(actor.userId),
  ]);
  if (!number) return undefined;
  const byName = user?.name ?? "";
  const event = eventMessage({
    tenantId: actor.tenantId,
    provider: number.provider,
    conversationId: conversation.id,
    event: conversation.aiActive
      ? { type: "ai_resumed", byName }
      : { type: "ai_switched_off", byName },
    at,
    authorUserId: actor.userId,
  });
  await putMessage(event);
  return event;
}

export async function markRead(actor: Actor, id: string): Promise<Conversation> {
  const change = await changeConversation(actor.tenantId, id, (current) =>
    current.unreadCount === 0 ? undefined : { ...current, unreadCount: 0 },
  );
  if (!change.found) throw conversationNotFound();
  const conversation = toConversation(change.conversation);
  await markConversationNotificationRead(actor, id);
  await publish(actor, { type: "conversation.updated", data: conversation });
  return conversation;
}

/**
 * Deletes the conversation and its messages for everyone. The messages go first: if this is cut
 * short, the conversation is still there to delete again, and a later message from the customer
 * (same number, same id) never brings old messages back.
 */
export async function remove(actor: Actor, id: string): Promise<void> {
  requireRole(actor, MANAGERS, "delete conversations");
  await conversationOfTenant(actor, id);
  await purgeConversationItems(id);
  await deleteConversation(actor.tenantId, id);
  await publish(actor, { type: "conversation.deleted", data: { id } });
}
