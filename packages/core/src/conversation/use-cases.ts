import { DeleteCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
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
import { queueInsightsQuietly } from "../insight/request";
import { type MessageItem, toMessage } from "../message/message";
import { markConversationNotificationRead } from "../notification/use-cases";
import { getNumber } from "../number/repository";
import { publish, publishAll } from "../realtime/publisher";
import { eventMessage } from "../timeline/event";
import { getUser } from "../user/repository";
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

/**
 * Status moves open → closed → archived, and back to open from either; AI can be switched (by any
 * member). Closing, or a person turning AI back on, ends the escalation; closing also refreshes
 * the insights. Switching AI leaves a line in the chat saying who did it.
 */
export async function update(
  actor: Actor,
  id: string,
  input: UpdateConversationBody,
): Promise<Conversation> {
  const current = await conversationOfTenant(actor, id);
  const status = input.status ?? current.status;
  const aiActive = input.aiActive ?? current.aiActive;
  const endsEscalation =
    input.aiActive === true || (status === "closed" && current.status !== "closed");
  const escalated = endsEscalation ? false : current.escalated;
  const at = nowIso();
  const activity = current.lastMessage?.at ?? current.createdAt;
  const indexes = keys.conversationIndexes(actor.tenantId, status, activity, id);
  const switched = aiActive !== current.aiActive;
  const event = switched ? await switchEvent(actor, current, aiActive, at) : undefined;
  const { Attributes } = await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.conversation(actor.tenantId, id),
      UpdateExpression: `SET #status = :status, aiActive = :ai, escalated = :escalated, updatedAt = :at, gsi2pk = :g2pk${
        escalated ? "" : " REMOVE escalation"
      }`,
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":status": status,
        ":ai": aiActive,
        ":escalated": escalated,
        ":at": at,
        ":g2pk": indexes.gsi2pk,
      },
      ReturnValues: "ALL_NEW",
    }),
  );
  const conversation = toConversation(ConversationItem.parse(Attributes));
  if (event) await putEvent(event);
  await publishAll(actor, [
    ...(event ? [{ type: "message.created" as const, data: toMessage(event) }] : []),
    { type: "conversation.updated", data: conversation },
  ]);
  if (status === "closed" && current.status !== "closed")
    await queueInsightsQuietly(actor, id, "conversation closed");
  return conversation;
}

/** "AI paused by Maria" / "AI resumed by Maria", stored like the conversation's messages. */
async function switchEvent(
  actor: Actor,
  conversation: ConversationItem,
  aiActive: boolean,
  at: string,
): Promise<MessageItem | undefined> {
  const [number, user] = await Promise.all([
    getNumber(conversation.numberId),
    getUser(actor.userId),
  ]);
  if (!number) return undefined;
  const byName = user?.name ?? "";
  return eventMessage({
    tenantId: actor.tenantId,
    provider: number.provider,
    conversationId: conversation.id,
    event: aiActive ? { type: "ai_resumed", byName } : { type: "ai_switched_off", byName },
    at,
    authorUserId: actor.userId,
  });
}

async function putEvent(event: MessageItem): Promise<void> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.message(event.conversationId, event.id), type: "message", ...event },
    }),
  );
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
