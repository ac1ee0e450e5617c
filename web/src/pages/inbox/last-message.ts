import type { Conversation } from "@helios/contracts";

/**
 * Who wrote the last message, as the list says it before the text: nothing for the customer,
 * "You" for the caller's own reply, the member's name for a colleague's, "AI" for the rest.
 */
export function lastMessageAuthor(conversation: Conversation, myName: string): string | null {
  const last = conversation.lastMessage;
  if (!last || last.direction === "inbound") return null;
  if (!last.authorName) return "AI";
  return last.authorName === myName ? "You" : last.authorName;
}
