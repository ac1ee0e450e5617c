import type { ConversationFilters } from "@helios/contracts";
import type { ConversationItem } from "./conversation";

/**
 * Whether a stored conversation passes the list's filters (all but `q`, which the search index
 * answers): the one predicate the list, the search and the CSV export apply.
 */
export function conversationMatches(
  conversation: ConversationItem,
  filters: Omit<ConversationFilters, "q">,
  caller: { userId: string },
): boolean {
  if (filters.status !== undefined && conversation.status !== filters.status) return false;
  if (filters.numberId !== undefined && conversation.numberId !== filters.numberId) return false;
  if (filters.assignee !== undefined) {
    const assigneeId = conversation.assignee?.userId ?? null;
    const wanted =
      filters.assignee === "me"
        ? caller.userId
        : filters.assignee === "none"
          ? null
          : filters.assignee;
    if (assigneeId !== wanted) return false;
  }
  if (filters.label !== undefined && !conversation.labels.includes(filters.label)) return false;
  if (filters.escalated !== undefined && conversation.escalated !== filters.escalated) return false;
  if (filters.unread !== undefined && conversation.unreadCount > 0 !== filters.unread) return false;
  return true;
}

/** Whether the filters narrow the list beyond its index (the status picks the index). */
export const narrowsBeyondIndex = (filters: Omit<ConversationFilters, "q">) =>
  filters.numberId !== undefined ||
  filters.assignee !== undefined ||
  filters.label !== undefined ||
  filters.escalated !== undefined ||
  filters.unread !== undefined;
