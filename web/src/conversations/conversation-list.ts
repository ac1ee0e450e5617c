import { type Conversation, type ConversationList, isLaterConversation } from "@helios/contracts";
import type { InfiniteData } from "@tanstack/react-query";
import { type ConversationFilter, toListFilter } from "../api/query-keys";

/** A conversations list as cached: the pages loaded so far, newest activity first. */
export type ConversationPages = InfiniteData<ConversationList, string | undefined>;

/** When the conversation last moved (ISO): its last message, else its last change. */
export function activityDate(conversation: Conversation): string {
  return conversation.lastMessage?.at ?? conversation.updatedAt;
}

function activityAt(conversation: Conversation): number {
  const time = Date.parse(activityDate(conversation));
  return Number.isNaN(time) ? 0 : time;
}

function matchesAssignee(conversation: Conversation, assignee: string | undefined): boolean {
  if (assignee === undefined) return true;
  if (assignee === "none") return !conversation.assignee;
  return conversation.assignee?.userId === assignee;
}

/**
 * Whether the list `filter` shows the conversation, as far as this browser can tell: a search
 * (`q`) is the server's to answer, so only the other filters are checked here.
 */
export function matchesFilter(conversation: Conversation, filter: ConversationFilter): boolean {
  const f = toListFilter(filter);
  return (
    (f.status === undefined || conversation.status === f.status) &&
    (f.numberId === undefined || conversation.numberId === f.numberId) &&
    matchesAssignee(conversation, f.assignee) &&
    (f.label === undefined || (conversation.labels ?? []).includes(f.label)) &&
    (f.escalated === undefined || conversation.escalated === f.escalated) &&
    (f.unread === undefined || conversation.unreadCount > 0 === f.unread)
  );
}

/** A search's list takes a conversation only from the server: events change those it has. */
export function isSearch(filter: ConversationFilter): boolean {
  return toListFilter(filter).q !== undefined;
}

/** True when `current` is a later version than `next` (a late event must not undo a change). */
export function isNewer(current: Conversation | undefined, next: Conversation): boolean {
  return current !== undefined && isLaterConversation(current, next);
}

/**
 * The loaded pages as one list: each conversation once (its latest version), only those the
 * filter shows, by latest activity — so live updates land in the right place.
 */
export function flattenConversations(
  data: ConversationPages,
  filter: ConversationFilter,
): Conversation[] {
  const byId = new Map<string, Conversation>();
  for (const page of data.pages) {
    for (const conversation of page.items) {
      const seen = byId.get(conversation.id);
      if (!seen || !isNewer(seen, conversation)) byId.set(conversation.id, conversation);
    }
  }
  return [...byId.values()]
    .filter((conversation) => matchesFilter(conversation, filter))
    .sort((a, b) => activityAt(b) - activityAt(a));
}

/** `data` without conversation `id`, then with `replacement` on top of the first page. */
export function replaceInPages(
  data: ConversationPages,
  id: string,
  replacement: Conversation | null,
): ConversationPages {
  const pages = data.pages.map((page, index) => {
    const items = page.items.filter((conversation) => conversation.id !== id);
    if (index === 0 && replacement) items.unshift(replacement);
    return { ...page, items };
  });
  return { ...data, pages };
}

export function findInPages(data: ConversationPages, id: string): Conversation | undefined {
  for (const page of data.pages) {
    const found = page.items.find((conversation) => conversation.id === id);
    if (found) return found;
  }
  return undefined;
}
