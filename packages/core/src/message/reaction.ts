import { idAt } from "../ids";
import type { NumberItem } from "../number/number";
import type { MessageItem } from "./message";
import { findOwnByProviderId, setReaction } from "./repository";

/**
 * A customer's reaction is shown on the message it reacts to (of this number's own tenant and
 * number only); an empty emoji removes it. A reaction older than the one shown changes nothing.
 */
export async function applyReaction(
  number: Pick<NumberItem, "id" | "tenantId" | "provider">,
  reaction: {
    providerMessageId: string;
    emoji: string | undefined;
    at: string;
    reactionId?: string;
  },
): Promise<MessageItem | undefined> {
  const marker = await findOwnByProviderId(number, reaction.providerMessageId);
  if (!marker) return undefined;
  const reactions = reaction.emoji ? [{ emoji: reaction.emoji, at: reaction.at }] : [];
  // Time first, then the reaction's own id: two reactions of one second end the same in any order.
  const order = idAt(Date.parse(reaction.at), reaction.reactionId ?? reaction.emoji ?? "");
  return setReaction(marker, reactions, order);
}
