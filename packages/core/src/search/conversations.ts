import { ConversationItem, lastActivityAt } from "../conversation/conversation";
import { keys } from "../db/keys";
import type { MessageItem } from "../message/message";
import type { IndexList, IndexWrites } from "./index-writes";
import { searchIndex } from "./query";
import { customerTokens, textTokens } from "./tokens";

const conversationList = (tenantId: string): IndexList => ({
  key: (token, id) => keys.searchToken(tenantId, token, id),
});

/** Kinds whose text is not something a person wrote (timeline lines, system notices). */
const UNINDEXED_KINDS = new Set(["event", "system"]);

const customerOf = (conversation: ConversationItem) => customerTokens(conversation.customer);

/**
 * Indexes a conversation by its customer (name, phone, username), sorted by its latest activity.
 * Only when something the index shows changed: the customer or the activity.
 */
export function indexConversation(
  writes: IndexWrites,
  conversation: ConversationItem,
  previous?: ConversationItem,
): void {
  const tokens = customerOf(conversation);
  if (
    previous &&
    lastActivityAt(previous) === lastActivityAt(conversation) &&
    tokens.join(" ") === customerOf(previous).join(" ")
  )
    return;
  writes.put(
    conversationList(conversation.tenantId),
    conversation.id,
    tokens,
    lastActivityAt(conversation),
  );
}

/** Indexes a message's words under its conversation, at the message's time. */
export function indexMessage(writes: IndexWrites, message: MessageItem): void {
  if (!message.text || UNINDEXED_KINDS.has(message.kind)) return;
  writes.put(
    conversationList(message.tenantId),
    message.conversationId,
    textTokens(message.text),
    message.createdAt,
  );
}

/** A deleted conversation leaves no hit behind (its messages' words go with their removal). */
export const unindexConversation = (writes: IndexWrites, conversation: ConversationItem) =>
  writes.delete(conversationList(conversation.tenantId), conversation.id, customerOf(conversation));

export const unindexMessage = (writes: IndexWrites, message: MessageItem) =>
  writes.delete(
    conversationList(message.tenantId),
    message.conversationId,
    textTokens(message.text ?? ""),
  );

/**
 * The tenant's conversations whose customer or messages have every word of `q`, newest activity
 * first, that `keep` accepts (the list's other filters); a conversation deleted since it was
 * indexed is skipped.
 */
export function searchConversations(
  tenantId: string,
  q: string,
  options: { limit: number; cursor?: string; keep: (item: ConversationItem) => boolean },
): Promise<{ items: ConversationItem[]; nextCursor: string | null }> {
  return searchIndex({
    tenantId,
    cursorList: "search",
    list: conversationList(tenantId),
    q,
    ...options,
    schema: ConversationItem,
    keyOf: (id) => keys.conversation(tenantId, id),
  });
}
