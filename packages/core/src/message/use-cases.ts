import type { ListMessagesQuery, MessageList } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { conversationOfTenant } from "../conversation/use-cases";
import { toMessage } from "./message";
import { listMessages } from "./repository";

export async function list(
  actor: Actor,
  conversationId: string,
  query: ListMessagesQuery,
): Promise<MessageList> {
  await conversationOfTenant(actor, conversationId);
  const page = await listMessages(conversationId, query.limit, query.before);
  return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
}
