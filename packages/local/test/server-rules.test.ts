import { Conversation, ConversationList, Message, MessageList } from "@helios/contracts";
import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { armFault } from "./support/faults";
import { randomAddress } from "./support/providers";
import { closeWindow, leaveQueued } from "./support/table";
import { openSocket } from "./support/websocket";

// The server decides the window and Retry, and says so on every conversation and message it
// shows (the web renders these fields instead of re-deriving the rules).

const conversationsPath = (tenant: TestTenant) => `/api/t/${tenant.slug}/whatsapp/conversations`;
const messagesPath = (tenant: TestTenant, conversationId: string) =>
  `${conversationsPath(tenant)}/${conversationId}/messages`;

async function conversationSeen(tenant: TestTenant, id: string) {
  const one = Conversation.parse(
    (await api(`${conversationsPath(tenant)}/${id}`, { token: tenant.token })).body,
  );
  const list = ConversationList.parse(
    (await api(conversationsPath(tenant), { token: tenant.token })).body,
  );
  return { one, inList: list.items.find((item) => item.id === id) };
}

async function messageSeen(tenant: TestTenant, conversationId: string, id: string) {
  const list = MessageList.parse(
    (await api(messagesPath(tenant, conversationId), { token: tenant.token })).body,
  );
  return list.items.find((item) => item.id === id);
}

const retry = (tenant: TestTenant, conversationId: string, id: string) =>
  api(`${messagesPath(tenant, conversationId)}/${id}/retry`, {
    token: tenant.token,
    method: "POST",
  });

const ago = (ms: number) => new Date(Date.now() - ms);
const MINUTE = 60_000;

describe("the server's rules, as fields", () => {
  it("a conversation carries windowOpen: true while the customer's window runs, false once it has expired", async () => {
    const tenant = await newTenant();
    const { conversationId } = await conversationWith(tenant, randomAddress());
    const open = await conversationSeen(tenant, conversationId);
    expect(open.one).toMatchObject({ windowOpen: true, windowExpiresAt: expect.any(String) });
    expect(open.inList).toMatchObject({ windowOpen: true });

    await closeWindow(tenant, conversationId, MINUTE);
    const closed = await conversationSeen(tenant, conversationId);
    expect(closed.one).toMatchObject({ windowOpen: false });
    expect(closed.inList).toMatchObject({ windowOpen: false });

    // Realtime says the same: a change to the conversation arrives with the window closed.
    const socket = await openSocket(tenant);
    const patched = await api(`${conversationsPath(tenant)}/${conversationId}`, {
      token: tenant.token,
      method: "PATCH",
      body: { status: "closed" },
    });
    expect(patched.body).toMatchObject({ status: "closed", windowOpen: false });
    await expect
      .poll(() => socket.events.find((event) => event.type === "conversation.updated"))
      .toBeDefined();
    const event = socket.events.find((e) => e.type === "conversation.updated");
    expect(Conversation.parse(event?.data)).toMatchObject({
      id: conversationId,
      windowOpen: false,
    });
    socket.close();
  });

  it("a message carries canRetry: true when it failed before the provider took it, in the answer, the list and the event", async () => {
    const tenant = await newTenant();
    const { customer, conversationId } = await conversationWith(tenant, randomAddress());
    const socket = await openSocket(tenant);
    await armFault(customer, "unavailable");
    const sent = await api(messagesPath(tenant, conversationId), {
      token: tenant.token,
      body: { text: "Can you hear me?" },
    });
    expect(Message.parse(sent.body)).toMatchObject({
      status: "failed",
      canRetry: true,
      retryableAt: expect.any(String),
    });
    expect(await messageSeen(tenant, conversationId, sent.body.id)).toMatchObject({
      status: "failed",
      canRetry: true,
    });
    await expect
      .poll(() =>
        socket.events.some(
          (event) =>
            event.type === "message.updated" &&
            Message.parse(event.data).status === "failed" &&
            Message.parse(event.data).canRetry,
        ),
      )
      .toBe(true);
    socket.close();
  });

  it("a message the provider accepted, and a customer's message, carry canRetry: false and no retryableAt", async () => {
    const tenant = await newTenant();
    const { conversationId } = await conversationWith(tenant, randomAddress());
    const sent = await api(messagesPath(tenant, conversationId), {
      token: tenant.token,
      body: { text: "Hello there" },
    });
    expect(sent.body.providerMessageId).not.toBe("");
    expect(Message.parse(sent.body)).toMatchObject({ canRetry: false, retryableAt: null });
    const list = MessageList.parse(
      (await api(messagesPath(tenant, conversationId), { token: tenant.token })).body,
    );
    const inbound = list.items.find((item) => item.direction === "inbound");
    expect(inbound).toMatchObject({ canRetry: false, retryableAt: null });
  });

  it("a queued message is retryable only once stuck since its last attempt, not since it was created", async () => {
    const tenant = await newTenant();
    const { customer, conversationId } = await conversationWith(tenant, randomAddress());
    await armFault(customer, "unavailable");
    const sent = await api(messagesPath(tenant, conversationId), {
      token: tenant.token,
      body: { text: "Lost in transit?" },
    });
    const id: string = sent.body.id;

    // Fresh: queued a moment ago, on its way.
    const createdAt = ago(10_000);
    await leaveQueued(conversationId, id, { createdAt });
    expect(await messageSeen(tenant, conversationId, id)).toMatchObject({
      status: "queued",
      canRetry: false,
      retryableAt: new Date(createdAt.getTime() + 2 * MINUTE).toISOString(),
    });
    expect((await retry(tenant, conversationId, id)).status).toBe(409);

    // Created long ago but handed to the provider again a moment ago: not stuck (the web once
    // offered Retry here, going by createdAt, and the server answered 409).
    const retriedLately = ago(10_000);
    await leaveQueued(conversationId, id, {
      createdAt: ago(30 * MINUTE),
      sendAttemptAt: retriedLately,
    });
    expect(await messageSeen(tenant, conversationId, id)).toMatchObject({
      canRetry: false,
      retryableAt: new Date(retriedLately.getTime() + 2 * MINUTE).toISOString(),
    });
    expect((await retry(tenant, conversationId, id)).status).toBe(409);

    // Created a moment ago but its last attempt is old: stuck, and Retry works.
    await leaveQueued(conversationId, id, {
      createdAt: ago(10_000),
      sendAttemptAt: ago(3 * MINUTE),
    });
    expect(await messageSeen(tenant, conversationId, id)).toMatchObject({
      status: "queued",
      canRetry: true,
    });
    const retried = await retry(tenant, conversationId, id);
    expect(retried).toMatchObject({ status: 200, body: { id, canRetry: false } });
    expect(retried.body.providerMessageId).not.toBe("");
  });
});
