import { ConversationFilters, type ConversationStatus } from "@helios/contracts";
import { useSearchParams } from "react-router";
import type { ListFilter } from "../../api/query-keys";

/**
 * The inbox's filters as the URL keeps them (`?assignee=me&status=closed&label=…&q=…`), so links,
 * reload and Back keep them. `assignee` is "me", "none" or a member's id; no status is "open".
 */
export interface InboxFilter {
  assignee?: string;
  status: ConversationStatus;
  numberId?: string;
  label?: string;
  escalated?: boolean;
  unread?: boolean;
  q?: string;
}

/** The URL's parameter names: the API's own. */
const names = ["assignee", "status", "numberId", "label", "escalated", "unread", "q"] as const;

/** Reads the URL with the contract's own rules; a value it refuses is as if absent. */
export function readInboxFilter(params: URLSearchParams): InboxFilter {
  const raw: Record<string, string> = {};
  for (const name of names) {
    const value = params.get(name);
    if (value !== null) raw[name] = value;
  }
  let parsed = ConversationFilters.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
    parsed = ConversationFilters.safeParse(raw);
  }
  const filters: Partial<InboxFilter> = parsed.success ? parsed.data : {};
  return { ...filters, status: filters.status ?? "open" };
}

/** `params` with `patch` applied: an undefined (or default) value leaves the URL. */
export function writeInboxFilter(
  params: URLSearchParams,
  patch: Partial<InboxFilter>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(patch)) {
    const absent =
      value === undefined || value === false || (name === "status" && value === "open");
    if (absent) next.delete(name);
    else next.set(name, String(value));
  }
  return next;
}

/** What the API is asked for: "me" becomes the caller's id, so cached lists can match it. */
export function toRequestFilter(filter: InboxFilter, userId: string): ListFilter {
  const assignee = filter.assignee === "me" ? userId : filter.assignee;
  return { ...filter, assignee };
}

/** The filter-bar's filters all off ("Clear filters"); the tabs and the search stay. */
export const noExtraFilters: Partial<InboxFilter> = {
  numberId: undefined,
  label: undefined,
  escalated: undefined,
  unread: undefined,
};

/** How many of the filter-bar's filters are on (the tabs and the search are counted apart). */
export function extraFilterCount(filter: InboxFilter): number {
  return [filter.numberId, filter.label, filter.escalated, filter.unread].filter(Boolean).length;
}

/** The URL's filters and a way to change them (Back undoes a change, unless `replace`). */
export function useInboxFilter() {
  const [params, setParams] = useSearchParams();
  const filter = readInboxFilter(params);
  const update = (patch: Partial<InboxFilter>, options: { replace?: boolean } = {}) =>
    setParams((current) => writeInboxFilter(current, patch), {
      replace: options.replace ?? false,
      preventScrollReset: true,
    });
  return { filter, update, search: params.toString() };
}
