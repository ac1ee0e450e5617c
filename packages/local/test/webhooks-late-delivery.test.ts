import { describe, expect, it } from "vitest";
import { api, newTenant } from "./support/api";
import { messagesOf, newWamid, signedMetaNumber } from "./support/meta-webhooks";

const HOUR = 3600;

describe("a late delivery (Meta retries for up to 7 days)", () => {
  it("keeps the conversation's latest message, activity, list order and window, and sorts into the thread by its time", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    const now = Math.floor(Date.now() / 1000);
    const send = (text: string, at: number) =>
      meta.postFixture("messages-text", (payload) => {
        for (const message of messagesOf(payload)) {
          message.id = newWamid();
          message.timestamp = String(at);
          message.text = { body: text };
        }
      });
    expect((await send("Where is my order?", now - HOUR)).status).toBe(200);
    const list = async () =>
      (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body
        .items;
    const [before] = await list();
    expect(before).toMatchObject({
      lastMessage: { text: "Where is my order?" },
      windowExpiresAt: new Date((now + 23 * HOUR) * 1000).toISOString(),
    });

    // Written 26 hours ago, delivered now.
    expect((await send("Hello?", now - 26 * HOUR)).status).toBe(200);
    const [after] = await list();
    expect(after).toMatchObject({
      lastMessage: before.lastMessage,
      updatedAt: before.updatedAt,
      windowExpiresAt: before.windowExpiresAt,
      unreadCount: 2,
      version: before.version + 1,
    });
    const thread = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${after.id}/messages`, {
      token: tenant.token,
    });
    expect(thread.body.items.map((m: { text: string }) => m.text)).toEqual([
      "Hello?",
      "Where is my order?",
    ]);
    expect(thread.body.items[0].createdAt).toBe(new Date((now - 26 * HOUR) * 1000).toISOString());

    // The window is still open: a reply goes out.
    const reply = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${after.id}/messages`, {
      token: tenant.token,
      body: { text: "It ships today" },
    });
    expect(reply.status).toBe(201);
  });
});
