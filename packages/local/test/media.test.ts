import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { recordCallbacks } from "../src/sandbox/testing";
import { api, newMember, newTenant, type TestTenant } from "./support/api";
import { metaDelivery, postMeta } from "./support/meta-webhooks";
import { connectTwilio, metaNumber, randomAddress, twilioSandboxNumber } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

/**
 * Attachments reach the browser through Helios, fetched with the tenant's provider credentials:
 * the customer sends a photo from the sandbox phone, and the media route gives back its bytes.
 */

async function phoneSends(body: Record<string, unknown>) {
  const res = await fetch(`${inject("baseUrl")}/sandbox/phone/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Paula Phone", type: "image", image: "parcel.png", ...body }),
  });
  expect(res.status).toBe(201);
}

async function sampleBytes() {
  const res = await fetch(`${inject("baseUrl")}/sandbox/media/parcel.png`);
  return Buffer.from(await res.arrayBuffer());
}

async function onlyMessage(tenant: TestTenant) {
  const list = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token });
  const conversationId: string = list.body.items[0].id;
  const messages = await api(
    `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`,
    {
      token: tenant.token,
    },
  );
  return { conversationId, message: messages.body.items[0] };
}

const mediaPath = (tenant: TestTenant, conversationId: string, messageId: string, index = 0) =>
  `${inject("baseUrl")}/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages/${messageId}/media/${index}`;

const get = (url: string, token?: string) =>
  fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("attachments served by Helios", () => {
  it("a Twilio photo: the bytes come from the provider with the account's credentials", async () => {
    const tenant = await newTenant();
    const { address } = await twilioSandboxNumber(tenant, { displayName: "Photos" });
    await phoneSends({ number: address, customer: randomAddress() });
    const { conversationId, message } = await onlyMessage(tenant);

    const res = await get(mediaPath(tenant, conversationId, message.id), tenant.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toMatch(/private/);
    expect(Buffer.from(await res.arrayBuffer()).equals(await sampleBytes())).toBe(true);

    const agent = await newMember(tenant, "agent");
    expect((await get(mediaPath(tenant, conversationId, message.id), agent.token)).status).toBe(
      200,
    );
    expect((await get(mediaPath(tenant, conversationId, message.id))).status).toBe(401);
    const stranger = await newTenant();
    expect([403, 404]).toContain(
      (await get(mediaPath(tenant, conversationId, message.id), stranger.token)).status,
    );
    expect((await get(mediaPath(tenant, conversationId, message.id, 1), tenant.token)).status).toBe(
      404,
    );
    expect(
      (await get(mediaPath(tenant, conversationId, message.id, -1), tenant.token)).status,
    ).toBe(400);
  });

  it("a Meta photo: its media id is resolved through the Graph API, then downloaded with the token", async () => {
    const tenant = await newTenant();
    const { phoneNumberId } = await metaNumber(tenant);
    await phoneSends({ number: phoneNumberId, customer: randomAddress() });
    const { conversationId, message } = await onlyMessage(tenant);
    expect(message.media[0].url).toMatch(/^meta-media:/);

    const res = await get(mediaPath(tenant, conversationId, message.id), tenant.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await res.arrayBuffer()).equals(await sampleBytes())).toBe(true);
  });

  it("only the tenant's own Twilio media paths are fetched: elsewhere → 422 and no request", async () => {
    const tenant = await newTenant();
    const { accountSid, authToken } = await connectTwilio(tenant);
    const number = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
      token: tenant.token,
      body: { provider: "twilio", displayName: "Support", address: randomAddress() },
    });
    const attacker = await recordCallbacks();
    const other = `AC${randomBytes(16).toString("hex")}`;
    const media = `Messages/MM${randomBytes(16).toString("hex")}/Media/ME${randomBytes(16).toString("hex")}`;
    const twilioBase = `${inject("baseUrl")}/_sandbox/twilio/2010-04-01/Accounts`;
    const refused = [
      `${attacker.url}/steal`,
      `${attacker.url}/2010-04-01/Accounts/${accountSid}/${media}`,
      `${twilioBase}/${other}/${media}`,
      `${twilioBase}/${accountSid}.json`,
      `${twilioBase}/${accountSid}/${media}/../../../../${other}/${media}`,
    ];
    try {
      for (const url of refused) {
        const customer = randomAddress();
        await postTwilio(
          `/webhooks/twilio/${number.body.id}`,
          twilioFixture("inbound-image", {
            MessageSid: newMessageSid(),
            From: customer,
            MediaUrl0: url,
          }),
          authToken,
        );
        const list = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, {
          token: tenant.token,
        });
        const conversationId = list.body.items.find(
          (c: { customer: { address: string } }) => c.customer.address === customer,
        ).id;
        const [message] = (
          await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
            token: tenant.token,
          })
        ).body.items;
        const res = await get(mediaPath(tenant, conversationId, message.id), tenant.token);
        expect(res.status, url).toBe(422);
        expect(await res.json()).toMatchObject({ error: { code: "media_not_allowed" } });
      }
      expect(attacker.received).toEqual([]);
    } finally {
      await attacker.close();
    }
  });

  it("a Meta media reference that is not a Graph media id → 422, no request", async () => {
    const tenant = await newTenant();
    const { numberId, phoneNumberId, appSecret } = await metaNumber(tenant);
    const raw = JSON.stringify(
      metaDelivery(phoneNumberId, {
        contacts: [{ profile: { name: "Eve" }, wa_id: "16505550999" }],
        messages: [
          {
            from: "16505550999",
            id: `wamid.${randomBytes(12).toString("hex")}`,
            timestamp: String(Math.floor(Date.now() / 1000)),
            type: "image",
            image: { id: `${phoneNumberId}/messages`, mime_type: "image/png" },
          },
        ],
      }),
    );
    const delivered = await postMeta(numberId, appSecret ?? "", raw);
    expect(delivered.status).toBe(200);
    const { conversationId, message } = await onlyMessage(tenant);
    const res = await get(mediaPath(tenant, conversationId, message.id), tenant.token);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "media_not_allowed" } });
  });
});
