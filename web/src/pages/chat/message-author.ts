import type { ChatMessage } from "../../conversations/chat-message";

/** Who wrote a reply or a note, as the chat names them above it. */
export type MessageAuthor =
  | { kind: "ai" }
  | {
      kind: "person";
      /** What the chat says: "You" for the reader's own. */
      label: string;
      /** Their name, for the avatar's initials and the tooltip. */
      name: string;
      userId: string | undefined;
    };

/**
 * The author of an outbound message or a note, or null for the customer's (the chat is with
 * them). A reply without a name (older than names on messages) reads as "A team member".
 */
export function messageAuthor(
  message: ChatMessage,
  me: { id: string; name: string },
): MessageAuthor | null {
  if (message.author === "customer") return null;
  if (message.author === "ai") return { kind: "ai" };
  const own = message.authorUserId !== undefined && message.authorUserId === me.id;
  const name = message.authorName?.trim() || (own ? me.name : "") || "A team member";
  return { kind: "person", label: own ? "You" : name, name, userId: message.authorUserId };
}
