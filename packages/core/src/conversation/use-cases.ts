import { DeleteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
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
import { ConversationItem, toConversation } from "./conversation";
import { purgeConversationItems } from "./purge";
import { getConversation, listConversations } from "./repository";

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

/** Status moves open → closed → archived, and back to open from either; AI can be switched. */
export async function update(
  actor: Actor,
  id: string,
  input: UpdateConversationBody,
): Promise<Conversation> {
  const current = await conversationOfTenant(actor, id);
  const status = input.status ?? current.status;
  const at = nowIso();
  const activity = current.lastMessage?.at ?? current.createdAt;
  const indexes = keys.conversationIndexes(actor.tenantId, status, activity, id);
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.conversation(actor.tenantId, id),
      UpdateExpression:
        "SET #status = :status, aiActive = :ai, escalated = :escalated, updatedAt = :at, gsi2pk = :g2pk",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":status": status,
        ":ai": input.aiActive ?? current.aiActive,
        // A person turning AI back on takes the conversation out of escalation.
        ":escalated": input.aiActive === true ? false : current.escalated,
        ":at": at,
        ":g2pk": indexes.gsi2pk,
      },
      ReturnValues: "ALL_NEW",
    }),
  );
  const conversation = toConversation(ConversationItem.parse(Attributes));
  await publish(actor, { type: "conversation.updated", data: conversation });
  return conversation;
}

export async function markRead(actor: Actor, id: string): Promise<Conversation> {
  await conversationOfTenant(actor, id);
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.conversation(actor.tenantId, id),
      UpdateExpression: "SET unreadCount = :zero",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":zero": 0 },
      ReturnValues: "ALL_NEW",
    }),
  );
  const conversation = toConversation(ConversationItem.parse(Attributes));
  await markConversationNotificationRead(actor, id);
  await publish(actor, { type: "conversation.updated", data: conversation });
  return conversation;
}

/** Deletes the conversation from the inbox (owner, admin); its messages are no longer listed. */
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
