import type { ConversationFilters } from "@helios/contracts";
import type { ConversationItem } from "./conversation";

/**
 * Whether a stored conversation passes the list's filters (all but `q`, which the search index
 * answers): the one predicate the list, the search and the CSV export apply.
 */
export function conversationMatches(
  conversation: ConversationItem,
  filters: Omit<ConversationFilters, "q">,
  _caller: { userId: string },
): boolean {
  if (filters.status !== undefined && conversation.status !== filters.status) return false;
  if (filters.numberId !== undefined && conversation.numberId !== filters.numberId) return false;
  return true;
}
