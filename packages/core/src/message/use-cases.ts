import type { ListMessagesQuery, MessageList } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { conversationNotFound, conversationOfTenant } from "../conversation/use-cases";
import { toMessage } from "./message";
import { listMessages } from "./repository";

/**
 * A page of a conversation's messages. Each message carries its tenant, so the page itself proves
 * the caller may read it: opening a chat costs no extra read of the conversation. Only an empty
 * page asks whether the conversation is the caller's at all (an unknown id is a 404).
 */
export async function list(
  actor: Actor,
  conversationId: string,
  query: ListMessagesQuery,
): Promise<MessageList> {
  const page = await listMessages(conversationId, query.limit, query.before);
  if (page.items.some((message) => message.tenantId !== actor.tenantId))
    throw conversationNotFound();
  if (page.items.length === 0) await conversationOfTenant(actor, conversationId);
  return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
}
