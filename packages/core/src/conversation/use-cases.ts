import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type {
  Conversation,
  ConversationList,
  ListConversationsQuery,
  UpdateConversationBody,
} from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { notFound } from "../errors/app-error";
import { nowIso } from "../ids";
import { markConversationNotificationRead } from "../notification/use-cases";
import { publish } from "../realtime/publisher";
import { type ConversationItem, laterIso, toConversation } from "./conversation";
import { purgeConversationItems } from "./purge";
import { getConversation, listConversations } from "./repository";
import { changeConversation } from "./versioned";

export const conversationNotFound = () =>
  notFound("conversation_not_found", "This conversation does not exist (it may have been deleted)");

export async function conversationOfTenant(actor: Actor, id: string): Promise<ConversationItem> {
  const conversation = await getConversation(actor.tenantId, id);
  if (!conversation) throw conversationNotFound();
  return conversation;
}

export async function list(actor: Actor, query: ListConversationsQuery): Promise<ConversationList> {
  const page = await listConversations(actor.tenantId, query);
  return { items: page.items.map(toConversation), nextCursor: page.nextCursor };
}

export async function get(actor: Actor, id: string): Promise<Conversation> {
  return toConversation(await conversationOfTenant(actor, id));
}

/**
 * Status moves open → closed → archived, and back to open from either; AI can be switched. Written
 * on the version read: a PATCH racing an AI hand-off is decided again on the hand-off's result.
 */
export async function update(
  actor: Actor,
  id: string,
  input: UpdateConversationBody,
): Promise<Conversation> {
  const at = nowIso();
  const change = await changeConversation(actor.tenantId, id, (current) => ({
    ...current,
    status: input.status ?? current.status,
    aiActive: input.aiActive ?? current.aiActive,
    // A person turning AI back on takes the conversation out of escalation.
    escalated: input.aiActive === true ? false : current.escalated,
    updatedAt: laterIso(current.updatedAt, at),
  }));
  if (!change.found) throw conversationNotFound();
  const conversation = toConversation(change.conversation);
  await publish(actor, { type: "conversation.updated", data: conversation });
  return conversation;
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
  await db().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.conversation(actor.tenantId, id) }),
  );
  await publish(actor, { type: "conversation.deleted", data: { id } });
}
