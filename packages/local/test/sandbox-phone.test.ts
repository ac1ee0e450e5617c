import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { postMeta } from "./support/meta-webhooks";
import { conversations, type Json, phone, thread } from "./support/phone";
import { metaNumber, randomAddress, twilioSandboxNumber } from "./support/providers";

/**
 * The sandbox phone (`/sandbox/phone`) against the run's local cloud: the customer writes through
 * the phone's JSON API, the sandbox posts the provider's signed webhook to Helios, and Helios's
 * replies (sent through the sandbox) come back to the phone's thread with their ticks.
 */

const messagesOf = async (tenant: TestTenant, conversationId: string) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
      token: tenant.token,
    })
  ).body.items as Json[];

const reply = (tenant: TestTenant, conversationId: string, text: string) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
    token: tenant.token,
    body: { text },
  });

const poll = { timeout: 8000, interval: 150 };

/** A tenant with Twilio connected and a Helios number at one of the sandbox account's numbers. */
async function twilioTenant() {
  const tenant = await newTenant();
  const { address, numberId } = await twilioSandboxNumber(tenant, { displayName: "Phone Support" });
  return { tenant, address, numberId };
}

describe("sandbox phone", () => {
  it("serves one self-contained page with the labelled controls", async () => {
    const res = await fetch(`${inject("baseUrl")}/sandbox/phone`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    for (const label of ["Helios number", "Your name", "Your number", "Message"]) {
      expect(html).toContain(`>${label}</label>`);
    }
    for (const button of ["Send", "Send photo", "Send location"]) {
      expect(html).toContain(`>${button}</button>`);
    }
    expect(html).toContain('data-testid", "phone-message"');
    expect(html).not.toMatch(/(src|href)="https?:/);

    const image = await fetch(`${inject("baseUrl")}/sandbox/media/parcel.png`);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await image.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    expect((await fetch(`${inject("baseUrl")}/sandbox/media/nope.png`)).status).toBe(404);
  });

  it("writes to a Twilio number as WhatsApp would and shows the reply's ticks up to read", async () => {
    const { tenant, address, numberId } = await twilioTenant();
    const customer = randomAddress();

    const numbers = (await phone("/numbers")).body.items as Json[];
    expect(numbers).toContainEqual({
      provider: "twilio",
      address,
      numberId,
      displayName: "Phone Support",
    });

    const sent = await phone("/messages", {
      number: address,
      customer,
      name: "Paula Phone",
      type: "text",
      text: "Hi! Where is my order?",
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      message: { direction: "in", text: "Hi! Where is my order?", status: "delivered" },
      webhook: { status: 200, url: expect.stringMatching(`/webhooks/twilio/${numberId}$`) },
    });
    expect(sent.body.message.id).toMatch(/^SM[0-9a-f]{32}$/);

    const [conversation] = await conversations(tenant);
    expect(conversation).toMatchObject({
      numberId,
      customer: { address: customer, name: "Paula Phone" },
      lastMessage: { text: "Hi! Where is my order?", direction: "inbound" },
    });
    const [inbound] = await messagesOf(tenant, conversation.id);
    expect(inbound).toMatchObject({ providerMessageId: sent.body.message.id, kind: "text" });

    const answered = await reply(tenant, conversation.id, "It ships today!");
    expect(answered.status).toBe(201);
    await expect
      .poll(async () => (await thread(address, customer)).at(-1), poll)
      .toMatchObject({
        direction: "out",
        text: "It ships today!",
        status: "read",
        id: answered.body.providerMessageId,
      });
    expect((await thread(address, customer)).map((m: Json) => m.direction)).toEqual(["in", "out"]);

    const photo = await phone("/messages", {
      number: address,
      customer,
      name: "Paula Phone",
      type: "image",
      image: "parcel.png",
      caption: "It arrived like this",
    });
    expect(photo.status).toBe(201);
    expect(photo.body.message.id).toMatch(/^MM/);
    const place = await phone("/messages", {
      number: address,
      customer,
      name: "Paula Phone",
      type: "location",
      location: { latitude: 37.7955, longitude: -122.3937, label: "Ferry Building" },
    });
    expect(place.status).toBe(201);

    const stored = await messagesOf(tenant, conversation.id);
    expect(stored.slice(-2)).toMatchObject([
      {
        kind: "image",
        text: "It arrived like this",
        media: [
          {
            // Where Twilio keeps inbound media: under the account, behind its HTTP auth.
            url: expect.stringMatching(
              /\/_sandbox\/twilio\/2010-04-01\/Accounts\/AC[0-9a-f]{32}\/Messages\/MM[0-9a-f]{32}\/Media\/ME[0-9a-f]{32}$/,
            ),
            contentType: "image/png",
          },
        ],
      },
      {
        kind: "location",
        location: { latitude: 37.7955, longitude: -122.3937, name: "Ferry Building" },
      },
    ]);
    expect((await thread(address, customer)).map((m: Json) => m.kind)).toEqual([
      "text",
      "text",
      "image",
      "location",
    ]);
  });

  it("writes to a Meta number with the Meta-shaped webhook, signed with its app secret", async () => {
    const tenant = await newTenant();
    const { numberId, phoneNumberId } = await metaNumber(tenant, randomBytes(16).toString("hex"));
    const customer = randomAddress();
    const sent = await phone("/messages", {
      number: phoneNumberId,
      customer,
      name: "Mona Meta",
      type: "text",
      text: "Hello from Meta",
    });
    expect(sent.status).toBe(201);
    expect(sent.body.webhook.status).toBe(200);
    expect(sent.body.message.id).toMatch(/^wamid\./);
    const [conversation] = await conversations(tenant);
    expect(conversation).toMatchObject({
      numberId,
      customer: { address: customer, name: "Mona Meta" },
    });

    await reply(tenant, conversation.id, "Hi Mona");
    await expect
      .poll(async () => (await thread(phoneNumberId, customer)).at(-1), poll)
      .toMatchObject({ direction: "out", text: "Hi Mona", status: "read" });
    expect((await phone("/numbers")).body.items).toContainEqual({
      provider: "meta",
      address: phoneNumberId,
      numberId,
      displayName: "Meta Support",
    });
  });

  it("lists a Meta number as soon as it is connected, and only numbers Helios takes deliveries for", async () => {
    const tenant = await newTenant();
    const receiving = await metaNumber(tenant);
    const unsigned = await metaNumber(tenant, null);
    const listed = (await phone("/numbers")).body.items as Json[];
    expect(listed).toContainEqual({
      provider: "meta",
      address: receiving.phoneNumberId,
      numberId: receiving.numberId,
      displayName: "Meta Support",
    });
    // Without an App Secret Helios refuses its deliveries: the phone does not offer it.
    expect(listed.map((n: Json) => n.address)).not.toContain(unsigned.phoneNumberId);
  });

  it("answers bad input with 400 and an unknown number with 404, as {error: {code, message}}", async () => {
    const base = { number: "whatsapp:+14155550199", customer: "whatsapp:+15551230001" };
    const notJson = await phone("/messages", "{nope");
    expect(notJson).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
    for (const body of [
      { ...base, type: "text", text: "   " },
      { ...base, type: "text", text: "hi", customer: "15551230001" },
      { ...base, type: "video", text: "hi" },
      { ...base, type: "image", image: "../secret.png" },
      { ...base, type: "location", location: { latitude: 120, longitude: 0 } },
      { ...base, number: "not a number", type: "text", text: "hi" },
    ]) {
      const res = await phone("/messages", body);
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: "validation_failed", message: expect.any(String) });
    }
    const unknown = await phone("/messages", {
      ...base,
      number: randomAddress(),
      type: "text",
      text: "hi",
    });
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: { code: "number_not_connected" } },
    });
    expect((await phone("/thread?number=whatsapp:%2B14155550199&customer=x")).status).toBe(400);
    expect((await phone("/nothing-here")).status).toBe(404);
  });
});

describe("Meta status deliveries without a registration", () => {
  it("reach the Helios number at the phone number id, signed with its app secret", async () => {
    const tenant = await newTenant();
    const appSecret = randomBytes(16).toString("hex");
    const { numberId, phoneNumberId } = await metaNumber(tenant, appSecret);
    const raw = readFileSync(new URL("./fixtures/meta/messages-text.json", import.meta.url), "utf8")
      .replaceAll("PHONE_NUMBER_ID", phoneNumberId)
      // Now, so that the 24-hour window is open for the reply; a message id of its own, since a
      // provider message id is stored once (webhooks-meta.test.ts posts this fixture too).
      .replace(/"timestamp": "\d+"/, `"timestamp": "${Math.floor(Date.now() / 1000)}"`)
      .replace(/"id": "wamid\.[^"]+"/, `"id": "wamid.${randomBytes(24).toString("base64url")}"`);
    const inbound = await postMeta(numberId, appSecret, raw);
    expect(inbound.status).toBe(200);
    const [conversation] = await conversations(tenant);

    const sent = await reply(tenant, conversation.id, "Yes, in blue and green");
    expect(sent.body).toMatchObject({
      status: "queued",
      providerMessageId: expect.stringMatching(/^wamid\./),
    });
    await expect
      .poll(async () => (await messagesOf(tenant, conversation.id)).at(-1)?.status, poll)
      .toBe("read");
  });
});
