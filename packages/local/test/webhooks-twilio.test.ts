import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { twilioNumber } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

const conversationsOf = async (tenant: TestTenant) =>
  (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body.items;

describe("Twilio inbound webhook", () => {
  it("stores a text message, opens the conversation, answers empty TwiML and pushes it live", async () => {
    const tenant = await newTenant();
    const { numberId, address, authToken } = await twilioNumber(tenant);
    const socket = await openSocket(tenant);
    const sid = newMessageSid();
    const res = await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", { MessageSid: sid, To: address }),
      authToken,
    );
    expect(res).toMatchObject({ status: 200, contentType: expect.stringContaining("xml") });
    expect(res.body).toContain("<Response/>");

    const [conversation] = await conversationsOf(tenant);
    expect(conversation).toMatchObject({
      numberId,
      customer: { address: "whatsapp:+14155551234", name: "Jane Customer" },
      status: "open",
      aiActive: true,
      unreadCount: 1,
      lastMessage: { text: "Hi! Is my order #1042 on its way?", direction: "inbound" },
    });
    expect(Date.parse(conversation.windowExpiresAt) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    const messages = await api(
      `/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}/messages`,
      { token: tenant.token },
    );
    expect(messages.body.items).toEqual([
      expect.objectContaining({
        direction: "inbound",
        author: "customer",
        kind: "text",
        status: "received",
        providerMessageId: sid,
      }),
    ]);
    await expect
      .poll(() => socket.types())
      .toEqual(expect.arrayContaining(["message.created", "conversation.updated"]));
    socket.close();
  });

  it("keeps media and locations", async () => {
    const tenant = await newTenant();
    const { numberId, authToken } = await twilioNumber(tenant);
    await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-image", { MessageSid: `MM${newMessageSid().slice(2)}` }),
      authToken,
    );
    await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-location", { MessageSid: newMessageSid() }),
      authToken,
    );
    const [conversation] = await conversationsOf(tenant);
    const { items } = (
      await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}/messages`, {
        token: tenant.token,
      })
    ).body;
    expect(items).toEqual([
      expect.objectContaining({
        kind: "image",
        text: "This is what arrived",
        media: [{ url: expect.stringContaining("/Media/ME"), contentType: "image/jpeg" }],
      }),
      expect.objectContaining({
        kind: "location",
        location: {
          latitude: 37.7879277,
          longitude: -122.4041237,
          name: "Twilio HQ",
          address: expect.stringContaining("Beale"),
        },
      }),
    ]);
    expect(conversation.unreadCount).toBe(2);
  });

  it("stores a message delivered three times at once exactly once, and answers 200 each time", async () => {
    const tenant = await newTenant();
    const { numberId, authToken } = await twilioNumber(tenant);
    const params = twilioFixture("inbound-text", { MessageSid: newMessageSid() });
    const results = await Promise.all(
      [1, 2, 3].map(() => postTwilio(`/webhooks/twilio/${numberId}`, params, authToken)),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const [conversation] = await conversationsOf(tenant);
    expect(conversation.unreadCount).toBe(1);
    const { items } = (
      await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}/messages`, {
        token: tenant.token,
      })
    ).body;
    expect(items).toHaveLength(1);
  });

  it("refuses a bad signature with 403 and stores nothing; an unknown number is 404", async () => {
    const tenant = await newTenant();
    const { numberId, authToken } = await twilioNumber(tenant);
    const params = twilioFixture("inbound-text", { MessageSid: newMessageSid() });
    expect(
      (await postTwilio(`/webhooks/twilio/${numberId}`, params, authToken, "bm90IGEgc2lnbmF0dXJl"))
        .status,
    ).toBe(403);
    expect((await postTwilio(`/webhooks/twilio/${numberId}`, params, "f".repeat(32))).status).toBe(
      403,
    );
    expect(
      (
        await postTwilio(
          `/webhooks/twilio/${numberId}`,
          { ...params, Body: "tampered" },
          authToken,
          undefined,
        )
      ).status,
    ).toBe(200);
    expect((await postTwilio(`/webhooks/twilio/nonexistent`, params, authToken)).status).toBe(404);
    const conversations = await conversationsOf(tenant);
    expect(conversations).toHaveLength(1);
    expect(conversations[0].lastMessage.text).toBe("tampered");
  });

  it("an inactive number's messages are stored with AI off; a closed conversation reopens on a new message", async () => {
    const tenant = await newTenant();
    const { numberId, authToken } = await twilioNumber(tenant, { active: false });
    await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid() }),
      authToken,
    );
    const [conversation] = await conversationsOf(tenant);
    expect(conversation.aiActive).toBe(false);
    const closed = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}`, {
      method: "PATCH",
      token: tenant.token,
      body: { status: "closed" },
    });
    expect(closed.body.status).toBe("closed");
    expect(
      (
        await api(`/api/t/${tenant.slug}/whatsapp/conversations?status=closed`, {
          token: tenant.token,
        })
      ).body.items,
    ).toHaveLength(1);
    await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid(), Body: "Hello again" }),
      authToken,
    );
    const reopened = await conversationsOf(tenant);
    expect(reopened[0]).toMatchObject({
      status: "open",
      unreadCount: 2,
      lastMessage: { text: "Hello again" },
    });
    expect(
      (
        await api(`/api/t/${tenant.slug}/whatsapp/conversations?status=closed`, {
          token: tenant.token,
        })
      ).body.items,
    ).toHaveLength(0);
    const read = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}/read`, {
      method: "POST",
      token: tenant.token,
    });
    expect(read.body.unreadCount).toBe(0);
  });

  it("another tenant cannot read the conversation", async () => {
    const tenant = await newTenant();
    const { numberId, authToken } = await twilioNumber(tenant);
    await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid() }),
      authToken,
    );
    const [conversation] = await conversationsOf(tenant);
    const other = await newTenant();
    const res = await api(`/api/t/${other.slug}/whatsapp/conversations/${conversation.id}`, {
      token: other.token,
    });
    expect(res).toMatchObject({ status: 404, body: { error: { code: "conversation_not_found" } } });
    expect(await conversationsOf(other)).toEqual([]);
  });
});
