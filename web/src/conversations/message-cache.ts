import type { Message } from "@helios/contracts";
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../api/query-keys";
import {
  type ChatMessage,
  type ChatMessagePage,
  insertInOrder,
  isOwnPendingCopy,
  isSameMessage,
  mergeMessage,
} from "./chat-message";

/** A chat's messages as cached: pages[0] is the newest page, each page oldest first. */
export type MessagePages = InfiniteData<ChatMessagePage, string | undefined>;

type Matcher = (message: ChatMessage) => boolean;

function locate(data: MessagePages, match: Matcher): [number, number] | null {
  for (const [pageIndex, page] of data.pages.entries()) {
    const index = page.items.findIndex(match);
    if (index >= 0) return [pageIndex, index];
  }
  return null;
}

function replaceAt(
  data: MessagePages,
  [pageIndex, index]: [number, number],
  message: ChatMessage | null,
): MessagePages {
  const pages = data.pages.map((page, i) => {
    if (i !== pageIndex) return page;
    const items = [...page.items];
    if (message) items[index] = message;
    else items.splice(index, 1);
    return { ...page, items };
  });
  return { ...data, pages };
}

/** `data` with `message` added or updated (by id or provider id, or as our pending copy). */
export function withMessage(data: MessagePages, message: Message): MessagePages {
  const same = locate(data, (item) => isSameMessage(item, message));
  if (same) {
    const [pageIndex, index] = same;
    const current = data.pages[pageIndex]?.items[index];
    return current ? replaceAt(data, same, mergeMessage(current, message)) : data;
  }
  const pending = locate(data, (item) => isOwnPendingCopy(item, message));
  if (pending) {
    const current = data.pages[pending[0]]?.items[pending[1]];
    const clientKey = current?.clientKey ?? current?.id;
    return replaceAt(data, pending, { ...message, clientKey });
  }
  const [newest, ...older] = data.pages;
  if (!newest) return { ...data, pages: [{ items: [message], nextCursor: null }] };
  return { ...data, pages: [{ ...newest, items: insertInOrder(newest.items, message) }, ...older] };
}

function update(
  queryClient: QueryClient,
  tenant: string,
  conversationId: string,
  change: (data: MessagePages) => MessagePages,
): void {
  queryClient.setQueryData<MessagePages>(queryKeys.messages(tenant, conversationId), (data) =>
    data ? change(data) : data,
  );
}

/** A message from a realtime event, into its chat's cache (when that chat is loaded). */
export function upsertMessage(queryClient: QueryClient, tenant: string, message: Message): void {
  update(queryClient, tenant, message.conversationId, (data) => withMessage(data, message));
}

/** Adds this browser's optimistic message at the end. */
export function addLocalMessage(queryClient: QueryClient, tenant: string, message: ChatMessage) {
  update(queryClient, tenant, message.conversationId, (data) => {
    const [newest, ...older] = data.pages;
    const items = [...(newest?.items ?? []), message];
    return { ...data, pages: [{ items, nextCursor: newest?.nextCursor ?? null }, ...older] };
  });
}

/** Changes (or with `null` removes) the optimistic message `localId`. */
export function changeLocalMessage(
  queryClient: QueryClient,
  tenant: string,
  conversationId: string,
  localId: string,
  change: ((message: ChatMessage) => ChatMessage) | null,
): void {
  update(queryClient, tenant, conversationId, (data) => {
    const at = locate(data, (item) => item.id === localId);
    const current = at ? data.pages[at[0]]?.items[at[1]] : undefined;
    if (!at || !current) return data;
    return replaceAt(data, at, change ? change(current) : null);
  });
}

/** The server accepted the optimistic message `localId`: its copy takes the bubble's place. */
export function confirmLocalMessage(
  queryClient: QueryClient,
  tenant: string,
  localId: string,
  message: Message,
): void {
  update(queryClient, tenant, message.conversationId, (data) => {
    const at = locate(data, (item) => item.id === localId);
    if (!at) return withMessage(data, message);
    // The realtime event may have brought the server's copy already: keep one.
    const duplicate = locate(data, (item) => item.id === message.id);
    const copy = duplicate ? data.pages[duplicate[0]]?.items[duplicate[1]] : undefined;
    const base = duplicate ? replaceAt(data, duplicate, null) : data;
    const again = locate(base, (item) => item.id === localId);
    const confirmed = copy
      ? mergeMessage({ ...copy, clientKey: localId }, message)
      : { ...message, clientKey: localId };
    return again ? replaceAt(base, again, confirmed) : base;
  });
}
