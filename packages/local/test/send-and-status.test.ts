import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { closeWindow } from "./support/table";
import {
  newMessageSid,
  postTwilio,
  statusCallback,
  twilioFixture,
} from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

const send = (tenant: TestTenant, conversationId: string, text: string) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
    token: tenant.token,
    body: { text },
  });

const messagesOf = async (tenant: TestTenant, conversationId: string) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
      token: tenant.token,
    })
  ).body.items;

describe("sending and delivery statuses", () => {
  it("a reply goes out queued and its ticks advance sent → delivered → read, live", async () => {
    const tenant = await newTenant();
    const { conversationId } = await conversationWith(tenant);
    const socket = await openSocket(tenant);
    const sent = await send(tenant, conversationId, "Yes, it ships today!");
    expect(sent).toMatchObject({
      status: 201,
      body: {
        direction: "outbound",
        author: "user",
        status: "queued",
        providerMessageId: expect.stringMatching(/^SM/),
      },
    });
    await expect
      .poll(async () => (await messagesOf(tenant, conversationId)).at(-1)?.status, {
        timeout: 10_000,
        interval: 200,
      })
      .toBe("read");
    // The event follows the write that the read above saw: wait for it rather than race it.
    const statuses = () =>
      socket.events
        .filter((e) => e.type === "message.updated")
        .map((e) => (e.data as { status: string }).status);
    await expect
      .poll(statuses, { timeout: 10_000, interval: 100 })
      .toEqual(["sent", "delivered", "read"]);
    socket.close();
  });

  it("statuses never move backwards, and failed is final", async () => {
    const tenant = await newTenant();
    const { numberId, authToken, conversationId } = await conversationWith(
      tenant,
      "whatsapp:+14155550001",
    );
    const status = (sid: string, MessageStatus: string, extra: Record<string, string> = {}) =>
      postTwilio(
        `/webhooks/twilio/${numberId}/status`,
        statusCallback(sid, MessageStatus, extra),
        authToken,
      );

    const first = (await send(tenant, conversationId, "one")).body;
    // Out of order: read arrives before delivered and sent.
    for (const s of ["read", "delivered", "sent"])
      expect((await status(first.providerMessageId, s)).status).toBe(200);
    const second = (await send(tenant, conversationId, "two")).body;
    await status(second.providerMessageId, "undelivered", { ErrorCode: "63016" });
    await status(second.providerMessageId, "delivered");
    await expect
      .poll(
        async () =>
          (await messagesOf(tenant, conversationId))
            .slice(-2)
            .map((m: { status: string }) => m.status),
        { timeout: 10_000 },
      )
      .toEqual(["read", "failed"]);
    const failed = (await messagesOf(tenant, conversationId)).at(-1);
    expect(failed.error).toEqual({
      code: "63016",
      message: expect.stringMatching(/24-hour|template/i),
    });
  });

  it("a provider refusal becomes a failed message with its reason, not an error", async () => {
    const tenant = await newTenant();
    const { conversationId } = await conversationWith(tenant, "whatsapp:+15005550009");
    const res = await send(tenant, conversationId, "Hello?");
    expect(res).toMatchObject({
      status: 201,
      body: { status: "failed", error: { code: "21211", message: expect.any(String) } },
    });
    expect((await messagesOf(tenant, conversationId)).at(-1)).toMatchObject({ status: "failed" });
  });

  it("outside the 24-hour window free text is refused with 422 window_closed", async () => {
    const tenant = await newTenant();
    const { conversationId } = await conversationWith(tenant);
    // Age the window as if the customer last wrote 25 hours ago.
    await closeWindow(tenant, conversationId, 3600_000);
    const res = await send(tenant, conversationId, "Are you there?");
    expect(res).toMatchObject({
      status: 422,
      body: { error: { code: "window_closed", message: expect.stringMatching(/template/) } },
    });
    expect(await messagesOf(tenant, conversationId)).toHaveLength(1);
  });

  it("replies and customer messages at the same moment all land, and the conversation adds up", async () => {
    const tenant = await newTenant();
    const { numberId, authToken, customer, conversationId } = await conversationWith(tenant);
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/read`, {
      method: "POST",
      token: tenant.token,
    });
    const replies = Array.from({ length: 4 }, (_, i) => send(tenant, conversationId, `Reply ${i}`));
    const inbound = Array.from({ length: 4 }, (_, i) =>
      postTwilio(
        `/webhooks/twilio/${numberId}`,
        twilioFixture("inbound-text", {
          MessageSid: newMessageSid(),
          From: customer,
          Body: `Q${i}`,
        }),
        authToken,
      ),
    );
    const answers = await Promise.all([...replies, ...inbound]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([
      200, 200, 200, 200, 201, 201, 201, 201,
    ]);
    // Nine messages, and the line of the first reply taking the conversation over from the AI.
    const all: { kind: string }[] = await messagesOf(tenant, conversationId);
    expect(all.filter((message) => message.kind !== "event")).toHaveLength(9);
    expect(all.filter((message) => message.kind === "event")).toHaveLength(1);
    const conversation = (
      await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}`, {
        token: tenant.token,
      })
    ).body;
    expect(conversation.unreadCount).toBe(4);
    // Whichever write came last set it: one of the eight, never the first message.
    expect([
      ...Array.from({ length: 4 }, (_, i) => `Reply ${i}`),
      "Q0",
      "Q1",
      "Q2",
      "Q3",
    ]).toContain(conversation.lastMessage.text);
  });

  it("validates the text", async () => {
    const tenant = await newTenant();
    const { conversationId } = await conversationWith(tenant);
    expect((await send(tenant, conversationId, "   ")).status).toBe(400);
    expect((await send(tenant, conversationId, "x".repeat(4097))).status).toBe(400);
  });
});
