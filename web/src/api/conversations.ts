import type {
  Conversation,
  ConversationList,
  ConversationStatus,
  Message,
  MessageList,
  SendMessageBody,
  UpdateConversationBody,
} from "@helios/contracts";
import { api, apiBlob } from "./client";

function conversationsPath(tenant: string, id?: string, rest = ""): string {
  const base = `/t/${encodeURIComponent(tenant)}/whatsapp/conversations`;
  return id ? `${base}/${encodeURIComponent(id)}${rest}` : base;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export interface ConversationPage {
  status?: ConversationStatus;
  cursor?: string;
  limit?: number;
}

/** Newest activity first; `nextCursor` pages on. */
export function listConversations(
  tenant: string,
  { status, cursor, limit = 25 }: ConversationPage,
  signal?: AbortSignal,
): Promise<ConversationList> {
  return api<ConversationList>(`${conversationsPath(tenant)}${query({ status, limit, cursor })}`, {
    signal,
  });
}

export function getConversation(
  tenant: string,
  id: string,
  signal?: AbortSignal,
): Promise<Conversation> {
  return api<Conversation>(conversationsPath(tenant, id), { signal });
}

export function updateConversation(
  tenant: string,
  id: string,
  body: UpdateConversationBody,
): Promise<Conversation | undefined> {
  return api<Conversation | undefined>(conversationsPath(tenant, id), { method: "PATCH", body });
}

/** Owners and admins only (403 for agents). */
export function deleteConversation(tenant: string, id: string): Promise<void> {
  return api<void>(conversationsPath(tenant, id), { method: "DELETE" });
}

/** One page, oldest first; `nextCursor` is the page of older messages. */
export function listMessages(
  tenant: string,
  id: string,
  { before, limit = 50 }: { before?: string; limit?: number },
  signal?: AbortSignal,
): Promise<MessageList> {
  return api<MessageList>(
    `${conversationsPath(tenant, id, "/messages")}${query({ limit, before })}`,
    {
      signal,
    },
  );
}

/** 201 with status `queued`; 422 `window_closed` outside the 24-hour window. */
export function sendMessage(tenant: string, id: string, body: SendMessageBody): Promise<Message> {
  return api<Message>(conversationsPath(tenant, id, "/messages"), { method: "POST", body });
}

/** Sends a failed message again (one the provider never accepted); 409 `not_retryable` otherwise. */
export function retryMessage(tenant: string, id: string, messageId: string): Promise<Message> {
  return api<Message>(conversationsPath(tenant, id, `/messages/${messageId}/retry`), {
    method: "POST",
  });
}

/** An attachment's bytes: provider media needs the tenant's credentials, so Helios serves it. */
export function fetchMedia(
  tenant: string,
  id: string,
  messageId: string,
  index: number,
  signal?: AbortSignal,
): Promise<Blob> {
  return apiBlob(conversationsPath(tenant, id, `/messages/${messageId}/media/${index}`), signal);
}

export function markConversationRead(tenant: string, id: string): Promise<void> {
  return api<void>(conversationsPath(tenant, id, "/read"), { method: "POST" });
}

/** 202: the insights land on the conversation later (a `conversation.updated` event). */
export function requestInsights(tenant: string, id: string): Promise<{ status: string }> {
  return api<{ status: string }>(conversationsPath(tenant, id, "/insights"), { method: "POST" });
}
