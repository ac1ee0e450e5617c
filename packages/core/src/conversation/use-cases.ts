import type { Conversation, ConversationList, ListConversationsQuery } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { notFound } from "../errors/app-error";
import { markConversationNotificationRead } from "../notification/use-cases";
import { publish } from "../realtime/publisher";
import { searchConversations } from "../search/conversations";
import type { ConversationItem } from "./conversation";
import { conversationMatches, narrowsBeyondIndex } from "./filters";
import { present, presentAll } from "./present";
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

/** The list, newest activity first, narrowed by the filters (`conversationMatches`). */
export async function list(actor: Actor, query: ListConversationsQuery): Promise<ConversationList> {
  const keep = (conversation: ConversationItem) => conversationMatches(conversation, query, actor);
  const page = query.q
    ? await searchConversations(actor.tenantId, query.q, { ...query, keep })
    : await listConversations(actor.tenantId, {
        status: query.status,
        limit: query.limit,
        cursor: query.cursor,
        ...(narrowsBeyondIndex(query) ? { keep } : {}),
      });
  return { items: await presentAll(actor.tenantId, page.items), nextCursor: page.nextCursor };
}

export async function get(actor: Actor, id: string): Promise<Conversation> {
  return present(actor.tenantId, await conversationOfTenant(actor, id));
}

export { update } from "./update";

export async function markRead(actor: Actor, id: string): Promise<Conversation> {
  const change = await changeConversation(actor.tenantId, id, (current) =>
    current.unreadCount === 0 ? undefined : { ...current, unreadCount: 0 },
  );
  if (!change.found) throw conversationNotFound();
  const conversation = await present(actor.tenantId, change.conversation);
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
