import type { ConversationStatus } from "@helios/contracts";

/** The notifications page's filter. */
export type NotificationFilter = "all" | "unread";

/**
 * A conversations list's filters as the API takes them (`assignee` is a user id or "none": "me" is
 * resolved before it gets here, so a cached list can tell whether a changed conversation belongs).
 */
export interface ListFilter {
  status?: ConversationStatus;
  numberId?: string;
  assignee?: string;
  label?: string;
  escalated?: boolean;
  unread?: boolean;
  q?: string;
}

/** A conversations list's filter: the filters, or the short form of a status alone ("all": none). */
export type ConversationFilter = ListFilter | ConversationStatus | "all";

export function toListFilter(filter: ConversationFilter): ListFilter {
  if (filter === "all") return {};
  return typeof filter === "string" ? { status: filter } : filter;
}

/** Every TanStack Query key in one place, so invalidations match what the pages read. */
export const queryKeys = {
  me: ["me"] as const,
  /** An invitation link's preview, by its token (no session needed). */
  invitation: (token: string) => ["invitation", token] as const,
  tenant: (tenant: string) => ["t", tenant] as const,
  members: (tenant: string) => ["t", tenant, "members"] as const,
  invitations: (tenant: string) => ["t", tenant, "invitations"] as const,
  /** Also the prefix of `twilioNumbers`: invalidating it refreshes both. */
  integrations: (tenant: string) => ["t", tenant, "integrations"] as const,
  twilioNumbers: (tenant: string) => ["t", tenant, "integrations", "twilio", "numbers"] as const,
  agents: (tenant: string) => ["t", tenant, "agents"] as const,
  /** The workspace's members as colleagues see them (to assign, to mention). */
  team: (tenant: string) => ["t", tenant, "team"] as const,
  numbers: (tenant: string) => ["t", tenant, "whatsapp", "numbers"] as const,
  /** A number's message templates. */
  templates: (tenant: string, numberId: string) =>
    ["t", tenant, "whatsapp", "numbers", numberId, "templates"] as const,
  /** Prefix of every conversation query (lists, single conversations, messages). */
  conversations: (tenant: string) => ["t", tenant, "whatsapp", "conversations"] as const,
  /** Prefix of the conversation lists, one per filter. */
  conversationLists: (tenant: string) =>
    ["t", tenant, "whatsapp", "conversations", "list"] as const,
  conversationList: (tenant: string, filter: ConversationFilter) =>
    ["t", tenant, "whatsapp", "conversations", "list", toListFilter(filter)] as const,
  conversation: (tenant: string, id: string) =>
    ["t", tenant, "whatsapp", "conversations", "detail", id] as const,
  /** Prefix of the message caches of every conversation. */
  allMessages: (tenant: string) => ["t", tenant, "whatsapp", "conversations", "messages"] as const,
  messages: (tenant: string, id: string) =>
    ["t", tenant, "whatsapp", "conversations", "messages", id] as const,
  /** An attachment's bytes: outside the conversations prefix, so refreshing a chat keeps them. */
  media: (tenant: string, conversationId: string, messageId: string, index: number) =>
    ["t", tenant, "whatsapp", "media", conversationId, messageId, index] as const,
  /** Prefix of every notification query (the lists and the unread count). */
  notifications: (tenant: string) => ["t", tenant, "whatsapp", "notifications"] as const,
  notificationLists: (tenant: string) =>
    ["t", tenant, "whatsapp", "notifications", "list"] as const,
  notificationList: (tenant: string, filter: NotificationFilter) =>
    ["t", tenant, "whatsapp", "notifications", "list", filter] as const,
  /** The caller's unread count, which the sidebar badge shows. */
  unreadNotifications: (tenant: string) =>
    ["t", tenant, "whatsapp", "notifications", "unread-count"] as const,
  labels: (tenant: string) => ["t", tenant, "labels"] as const,
  cannedResponses: (tenant: string) => ["t", tenant, "canned-responses"] as const,
  /** Prefix of every contact query (the searches and single contacts). */
  contacts: (tenant: string) => ["t", tenant, "contacts"] as const,
  contactSearch: (tenant: string, q: string) => ["t", tenant, "contacts", "list", q] as const,
  contact: (tenant: string, id: string) => ["t", tenant, "contacts", "detail", id] as const,
};
