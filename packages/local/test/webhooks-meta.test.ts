import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { metaSignature } from "@helios/core/provider/meta/signature";
import { describe, expect, inject, it } from "vitest";
import { api, newTenant } from "./support/api";
import { metaNumber } from "./support/providers";

/** A Meta fixture's raw text (as Meta sends it, escapes included) for one phone number id. */
const fixture = (name: string, phoneNumberId: string) =>
  readFileSync(new URL(`./fixtures/meta/${name}.json`, import.meta.url), "utf8").replaceAll(
    "PHONE_NUMBER_ID",
    phoneNumberId,
  );

const post = (numberId: string, raw: string, signature?: string) =>
  fetch(`${inject("baseUrl")}/webhooks/meta/${numberId}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(signature ? { "x-hub-signature-256": signature } : {}),
    },
    body: raw,
  });

describe("Meta webhooks", () => {
  it("answers the subscription handshake with the challenge only for the number's verify token", async () => {
    const tenant = await newTenant();
    const { numberId, verifyToken } = await metaNumber(tenant);
    const url = (token: string) =>
      `${inject("baseUrl")}/webhooks/meta/${numberId}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`;
    const ok = await fetch(url(verifyToken));
    expect([ok.status, await ok.text()]).toEqual([200, "1158201444"]);
    expect((await fetch(url("wrong-token"))).status).toBe(403);
  });

  it("stores every message of a batched delivery, signed over the raw bytes; a repeat stores nothing", async () => {
    const tenant = await newTenant();
    const appSecret = randomBytes(16).toString("hex");
    const { numberId, phoneNumberId } = await metaNumber(tenant, appSecret);
    const raw = fixture("batch", phoneNumberId);
    expect((await post(numberId, raw, metaSignature(appSecret, raw))).status).toBe(200);
    expect((await post(numberId, raw, metaSignature(appSecret, raw))).status).toBe(200);

    const conversations = (
      await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })
    ).body.items;
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({
      customer: { address: "whatsapp:+16505551234", name: "Sheena Nelson" },
      unreadCount: 4,
    });
    const { items } = (
      await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversations[0].id}/messages`, {
        token: tenant.token,
      })
    ).body;
    expect(items.map((m: { kind: string }) => m.kind)).toEqual([
      "image",
      "location",
      "interactive",
      "unsupported",
    ]);
    expect(items[0]).toMatchObject({
      text: "The box was damaged / see photo",
      media: [{ contentType: "image/jpeg" }],
    });
    expect(items[1].location).toMatchObject({ latitude: 37.483253479004, name: "Main Office" });
    expect(items[2]).toMatchObject({
      text: "Yes, please éxchange it",
      replyTo: { providerMessageId: expect.stringMatching(/^wamid\./) },
    });
  });

  it("refuses a bad signature with 403 and stores nothing", async () => {
    const tenant = await newTenant();
    const appSecret = randomBytes(16).toString("hex");
    const { numberId, phoneNumberId } = await metaNumber(tenant, appSecret);
    const raw = fixture("messages-text", phoneNumberId);
    const reserialized = JSON.stringify(JSON.parse(raw));
    expect((await post(numberId, raw)).status).toBe(403);
    expect((await post(numberId, raw, metaSignature("0".repeat(32), raw))).status).toBe(403);
    expect((await post(numberId, reserialized, metaSignature(appSecret, raw))).status).toBe(403);
    expect(
      (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body
        .items,
    ).toEqual([]);
    expect((await post(numberId, raw, metaSignature(appSecret, raw))).status).toBe(200);
    expect(
      (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body
        .items,
    ).toHaveLength(1);
  });

  it("ignores messages for another phone number id and refuses malformed bodies with 400", async () => {
    const tenant = await newTenant();
    const { numberId, appSecret } = await metaNumber(tenant);
    const signed = (raw: string) => post(numberId, raw, metaSignature(appSecret ?? "", raw));
    expect((await signed(fixture("messages-text", "999999999"))).status).toBe(200);
    expect(
      (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body
        .items,
    ).toEqual([]);
    expect((await signed('{"object":"whatsapp_business_account","entry":')).status).toBe(400);
    expect((await signed('{"object":"page","entry":[]}')).status).toBe(400);
    expect((await post("no-such-number", fixture("messages-text", "1"))).status).toBe(404);
  });

  it("refuses every delivery to a number without an App Secret (403) and stores nothing", async () => {
    const tenant = await newTenant();
    const { numberId, phoneNumberId } = await metaNumber(tenant, null);
    const raw = fixture("messages-text", phoneNumberId).replace(
      /wamid\.[A-Za-z0-9=]+/,
      `wamid.${randomBytes(12).toString("hex")}`,
    );
    const unsigned = await post(numberId, raw);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toMatchObject({
      error: { code: "app_secret_missing", message: expect.stringMatching(/App Secret/) },
    });
    // Whatever signature a forger makes up, there is nothing to check it against.
    expect((await post(numberId, raw, metaSignature("f".repeat(32), raw))).status).toBe(403);
    expect(
      (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body
        .items,
    ).toEqual([]);
    const [number] = (await api(`/api/t/${tenant.slug}/whatsapp/numbers`, { token: tenant.token }))
      .body.items;
    expect(number).toMatchObject({ id: numberId, hasAppSecret: false });

    // Adding the secret later lets Meta's signed deliveries in.
    const appSecret = randomBytes(16).toString("hex");
    const edited = await api(`/api/t/${tenant.slug}/whatsapp/numbers/${numberId}`, {
      method: "PATCH",
      token: tenant.token,
      body: { appSecret },
    });
    expect(edited.body.hasAppSecret).toBe(true);
    expect((await post(numberId, raw, metaSignature(appSecret, raw))).status).toBe(200);
    expect(
      (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body
        .items,
    ).toHaveLength(1);
  });
});
