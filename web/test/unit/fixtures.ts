import { createHash } from "node:crypto";
import {
  Conversation,
  Message,
  Notification,
  type RealtimeEvent,
  RealtimeFrame,
} from "@helios/contracts";
import { type InfiniteData, QueryClient } from "@tanstack/react-query";

// Payloads as the API and the WebSocket send them, parsed through the contract schemas the web
// parses them with: a fixture that drifts from the contract fails here, not in a test's assertion.

const TENANT = "acme";
export const tenant = TENANT;

export function conversation(overrides: Record<string, unknown> = {}): Conversation {
  return Conversation.parse({
    id: "Qm9iLWNvbnZlcnNhdGlvbi1p",
    numberId: "01JD2N8W5X0Q4ZV7G3K1M6T9PB",
    customer: { address: "whatsapp:+14155550123", name: "Bob Smith", phone: "+14155550123" },
    status: "open",
    aiActive: false,
    escalated: false,
    escalation: null,
    lastMessage: {
      text: "Is the blue one back in stock?",
      direction: "inbound",
      at: "2026-12-01T10:00:00.000Z",
    },
    assignee: null,
    labels: [],
    lastInboundAt: "2026-12-01T10:00:00.000Z",
    unreadCount: 1,
    windowExpiresAt: "2026-12-02T10:00:00.000Z",
    windowOpen: true,
    version: 3,
    createdAt: "2026-12-01T09:00:00.000Z",
    updatedAt: "2026-12-01T10:00:00.000Z",
    ...overrides,
  });
}

export function message(overrides: Record<string, unknown> = {}): Message {
  const id = String(overrides.id ?? "01JD2P0000000000000000000A");
  return Message.parse({
    id,
    conversationId: "Qm9iLWNvbnZlcnNhdGlvbi1p",
    direction: "outbound",
    author: "user",
    authorUserId: "01JD2M0000000000000000USER",
    authorName: "Maria",
    kind: "text",
    text: "Yes, it ships today!",
    status: "sent",
    // Each message its own provider id, as Twilio gives (SM + 32 hex digits).
    providerMessageId: `SM${createHash("md5").update(id).digest("hex")}`,
    createdAt: "2026-12-01T10:01:00.000Z",
    canRetry: false,
    retryableAt: null,
    ...overrides,
  });
}

export function notification(overrides: Record<string, unknown> = {}): Notification {
  return Notification.parse({
    id: "01JD2Q0000000000000000NOTE",
    type: "new_message",
    conversationId: "Qm9iLWNvbnZlcnNhdGlvbi1p",
    title: "Bob Smith",
    body: "Is the blue one back in stock?",
    read: false,
    createdAt: "2026-12-01T10:00:00.000Z",
    updatedAt: "2026-12-01T10:00:00.000Z",
    ...overrides,
  });
}

/** A WebSocket frame as the server sends it (one event, or a batch of one write's events). */
export function frame(events: Omit<RealtimeEvent, "tenant">[]): string {
  const withTenant = events.map((event) => ({ ...event, tenant: TENANT }));
  const body =
    withTenant.length === 1 ? withTenant[0] : { type: "batch", tenant: TENANT, events: withTenant };
  return JSON.stringify(RealtimeFrame.parse(body));
}

export const newQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });

/** One loaded page as TanStack Query's infinite cache holds it. */
export const pagesOf = <T>(...pages: T[]): InfiniteData<T, string | undefined> => ({
  pages,
  pageParams: pages.map((_, index) => (index === 0 ? undefined : `cursor-${index}`)),
});
