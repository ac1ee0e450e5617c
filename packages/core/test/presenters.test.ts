import { describe, expect, it } from "vitest";
import { ConversationItem, toConversation } from "../src/conversation/conversation";
import { MessageItem, toMessage } from "../src/message/message";

// What the API and realtime events show is decided once, in the presenters, from the stored item
// and the current time: the window (`windowOpen`) and Retry (`canRetry`, `retryableAt`).

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

const stored = (windowExpiresAt: string | null) =>
  ConversationItem.parse({
    tenantId: "t1",
    id: "c1",
    numberId: "n1",
    customer: { address: "whatsapp:+14155550100", name: "Rosa" },
    status: "open",
    aiActive: false,
    escalated: false,
    lastMessage: null,
    unreadCount: 0,
    windowExpiresAt,
    version: 2,
    createdAt: iso(Date.now() - 60 * MINUTE),
    updatedAt: iso(Date.now() - 60 * MINUTE),
  });

const outbound = (fields: Record<string, unknown>) =>
  MessageItem.parse({
    tenantId: "t1",
    provider: "twilio",
    statusRank: 1,
    id: "m1",
    conversationId: "c1",
    direction: "outbound",
    author: "user",
    kind: "text",
    text: "Hello",
    status: "queued",
    providerMessageId: "",
    createdAt: iso(Date.now()),
    ...fields,
  });

describe("the conversation presenter", () => {
  it("says the window is open until windowExpiresAt, and closed after it or before the customer wrote", () => {
    expect(toConversation(stored(iso(Date.now() + 60 * MINUTE)))).toMatchObject({
      windowOpen: true,
    });
    expect(toConversation(stored(iso(Date.now() - MINUTE)))).toMatchObject({ windowOpen: false });
    expect(toConversation(stored(null))).toMatchObject({ windowOpen: false });
  });

  it("shows none of what only the store keeps", () => {
    const shown = toConversation(stored(null));
    expect(shown).not.toHaveProperty("tenantId");
    expect(shown).toHaveProperty("version", 2);
  });
});

describe("the message presenter", () => {
  it("offers Retry for a failure the provider never accepted", () => {
    const failed = toMessage(outbound({ status: "failed", statusRank: 5 }));
    expect(failed).toMatchObject({ canRetry: true, retryableAt: expect.any(String) });
  });

  it("not for a queued message on its way: it names when it would count as stuck", () => {
    const createdAt = Date.now() - 10_000;
    expect(toMessage(outbound({ createdAt: iso(createdAt) }))).toMatchObject({
      canRetry: false,
      retryableAt: iso(createdAt + 2 * MINUTE),
    });
  });

  it("goes by the last attempt, not by createdAt", () => {
    const recentCreatedOldAttempt = outbound({
      createdAt: iso(Date.now() - 10_000),
      sendAttemptAt: iso(Date.now() - 3 * MINUTE),
    });
    expect(toMessage(recentCreatedOldAttempt)).toMatchObject({ canRetry: true });
    const oldCreatedRecentAttempt = outbound({
      createdAt: iso(Date.now() - 30 * MINUTE),
      sendAttemptAt: iso(Date.now() - 10_000),
    });
    expect(toMessage(oldCreatedRecentAttempt)).toMatchObject({ canRetry: false });
    expect(toMessage(oldCreatedRecentAttempt)).not.toHaveProperty("sendAttemptAt");
  });

  it("never for a message the provider accepted, nor a customer's", () => {
    const accepted = outbound({ status: "sent", statusRank: 2, providerMessageId: "SM1" });
    expect(toMessage(accepted)).toMatchObject({ canRetry: false, retryableAt: null });
    const fromCustomer = outbound({
      direction: "inbound",
      author: "customer",
      status: "received",
      statusRank: 0,
      providerMessageId: "SM2",
    });
    expect(toMessage(fromCustomer)).toMatchObject({ canRetry: false, retryableAt: null });
  });
});
