import type { ConversationStatus } from "@helios/contracts";

/** A conversations list's status filter. */
export type ConversationFilter = ConversationStatus | "all";

/** Every TanStack Query key in one place, so invalidations match what the pages read. */
export const queryKeys = {
  me: ["me"] as const,
  tenant: (tenant: string) => ["t", tenant] as const,
  members: (tenant: string) => ["t", tenant, "members"] as const,
  /** Also the prefix of `twilioNumbers`: invalidating it refreshes both. */
  integrations: (tenant: string) => ["t", tenant, "integrations"] as const,
  twilioNumbers: (tenant: string) => ["t", tenant, "integrations", "twilio", "numbers"] as const,
  agents: (tenant: string) => ["t", tenant, "agents"] as const,
  numbers: (tenant: string) => ["t", tenant, "whatsapp", "numbers"] as const,
  /** Prefix of every conversation query (lists, single conversations, messages). */
  conversations: (tenant: string) => ["t", tenant, "whatsapp", "conversations"] as const,
  /** Prefix of the conversation lists, one per status filter. */
  conversationLists: (tenant: string) =>
    ["t", tenant, "whatsapp", "conversations", "list"] as const,
  conversationList: (tenant: string, filter: ConversationFilter) =>
    ["t", tenant, "whatsapp", "conversations", "list", filter] as const,
  conversation: (tenant: string, id: string) =>
    ["t", tenant, "whatsapp", "conversations", "detail", id] as const,
  /** Prefix of the message caches of every conversation. */
  allMessages: (tenant: string) => ["t", tenant, "whatsapp", "conversations", "messages"] as const,
  messages: (tenant: string, id: string) =>
    ["t", tenant, "whatsapp", "conversations", "messages", id] as const,
};
