import { describe, expect, it } from "vitest";
import { api, newTenant } from "./support/api";
import { messagesOf, newWamid, signedMetaNumber } from "./support/meta-webhooks";

describe("a customer's reactions (Meta)", () => {
  it("shows the latest reaction on the message, whatever order they arrive in; an empty emoji removes it", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    const now = Math.floor(Date.now() / 1000);
    await meta.postFixture("messages-text", (payload) => {
      for (const message of messagesOf(payload)) {
        message.id = newWamid();
        message.timestamp = String(now - 60);
      }
    });
    const [conversation] = (
      await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })
    ).body.items;
    const path = `/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}/messages`;
    const sent = await api(path, { token: tenant.token, body: { text: "Here is your invoice" } });
    expect(sent.status).toBe(201);
    const react = (emoji: string, at: number) =>
      meta.postFixture("messages-text", (payload) => {
        for (const message of messagesOf(payload)) {
          message.id = newWamid();
          message.timestamp = String(at);
          message.type = "reaction";
          message.text = undefined;
          message.reaction = { message_id: sent.body.providerMessageId, emoji };
        }
      });
    const reactions = async () =>
      (await api(path, { token: tenant.token })).body.items.at(-1).reactions;

    expect((await react("👍", now + 20)).status).toBe(200);
    // An older reaction, delivered late, changes nothing.
    expect((await react("😡", now + 10)).status).toBe(200);
    expect(await reactions()).toEqual([
      { emoji: "👍", at: new Date((now + 20) * 1000).toISOString() },
    ]);
    // A later empty one removes it.
    expect((await react("", now + 30)).status).toBe(200);
    expect(await reactions()).toEqual([]);
  });
});
