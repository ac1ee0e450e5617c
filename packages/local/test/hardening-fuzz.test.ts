import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { metaSignature } from "@helios/core/provider/meta/signature";
import { twilioSignature } from "@helios/core/provider/twilio/signature";
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { twilioNumber } from "./support/providers";
import { newMessageSid, twilioFixture } from "./support/twilio-webhooks";

/** Runs per property: enough variety to find a crack, few enough to stay fast on 2 cores. */
const RUNS = 60;

const conversationCount = async (tenant: TestTenant) =>
  (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body.items
    .length as number;

async function send(url: string, body: Uint8Array, headers: Record<string, string>) {
  const response = await fetch(url, { method: "POST", headers, body });
  await response.arrayBuffer();
  return response.status;
}

const INVALID_UTF8 = [
  Uint8Array.of(0xff),
  Uint8Array.of(0xc3, 0x28),
  Uint8Array.of(0xe2, 0x82),
  Uint8Array.of(0xf0, 0x28, 0x8c, 0xbc),
  Uint8Array.of(0xed, 0xa0, 0x80),
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", "%", "%ZZ", "&&==", "\u0000", "<Response/>", "'; DROP TABLE x;--"),
);
/** What a forger can put in a header: visible ASCII (fetch refuses anything else). */
const headerText = fc.stringMatching(/^[\x21-\x7e]{0,64}$/);
const huge = fc.integer({ min: 6_000, max: 400_000 }).map((n) => "x".repeat(n));
const bytes = fc.uint8Array({ minLength: 0, maxLength: 2_000 });
const invalidUtf8 = fc
  .tuple(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...INVALID_UTF8),
    fc.string({ maxLength: 30 }),
  )
  .map(([a, bad, b]) => Buffer.concat([Buffer.from(a), bad, Buffer.from(b)]));
const contentType = fc.constantFrom(
  "application/x-www-form-urlencoded",
  "application/json",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
);

describe("forged and malformed webhooks (fast-check)", () => {
  it("Twilio: every forged or malformed request is 400 or 403, never 500, and stores nothing", async () => {
    const tenant = await newTenant();
    const { numberId, address, authToken } = await twilioNumber(tenant, { displayName: "Fuzz" });
    const url = `${inject("baseUrl")}/webhooks/twilio/${numberId}`;
    const valid = () => twilioFixture("inbound-text", { MessageSid: newMessageSid(), To: address });
    const form = (params: Record<string, string>) =>
      Buffer.from(new URLSearchParams(params).toString());

    const forged = fc.oneof(
      // No signature, a random one, or one made with another account's token.
      fc
        .record({
          extra: fc.dictionary(text, fc.oneof(text, huge), { maxKeys: 4 }),
          sig: fc.option(headerText),
        })
        .map(({ extra, sig }) => {
          const params = { ...valid(), ...extra };
          return {
            body: form(params),
            type: "application/x-www-form-urlencoded",
            sig: sig ?? undefined,
          };
        }),
      fc.constant(null).map(() => {
        const params = valid();
        return {
          body: form(params),
          type: "application/x-www-form-urlencoded",
          sig: twilioSignature(randomBytes(16).toString("hex"), url, params),
        };
      }),
      // Signed, then truncated or altered on the way.
      fc.integer({ min: 1, max: 200 }).map((cut) => {
        const params = valid();
        const body = form(params);
        return {
          body: body.subarray(0, Math.max(0, body.length - cut)),
          type: "application/x-www-form-urlencoded",
          sig: twilioSignature(authToken, url, params),
        };
      }),
      fc.record({ value: fc.oneof(text, huge) }).map(({ value }) => {
        const params = valid();
        return {
          body: form({ ...params, Body: `${params.Body}${value}!` }),
          type: "application/x-www-form-urlencoded",
          sig: twilioSignature(authToken, url, params),
        };
      }),
      // Another content type carrying the same parameters, signed for the form.
      contentType.map((type) => {
        const params = valid();
        return {
          body: Buffer.from(JSON.stringify(params)),
          type,
          sig: twilioSignature(authToken, url, params),
        };
      }),
      // Raw bytes, invalid UTF-8 included.
      fc
        .tuple(fc.oneof(bytes, invalidUtf8), contentType, fc.option(headerText))
        .map(([body, type, sig]) => ({
          body: Buffer.from(body),
          type,
          sig: sig ?? undefined,
        })),
    );
    // Correctly signed, but not a message Helios can take. (A huge Body is a message: it is stored
    // cut short, see webhooks-long-text.test.ts.)
    const malformed = fc
      .oneof(
        text.map((MessageSid) => ({ MessageSid })),
        text.map((From) => ({ From })),
        fc.constant({ NumMedia: "eleven" }),
      )
      .map((override) => {
        const params = { ...valid(), ...override };
        return {
          body: form(params),
          type: "application/x-www-form-urlencoded",
          sig: twilioSignature(authToken, url, params),
        };
      });

    await fc.assert(
      fc.asyncProperty(forged, async (request) => {
        const status = await send(url, request.body, {
          "content-type": request.type,
          ...(request.sig === undefined ? {} : { "x-twilio-signature": request.sig }),
        });
        expect(status).toBe(403);
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (request) => {
        const status = await send(url, request.body, {
          "content-type": request.type,
          "x-twilio-signature": request.sig,
        });
        expect([400, 403]).toContain(status);
      }),
      { numRuns: RUNS / 2 },
    );
    expect(await conversationCount(tenant)).toBe(0);
  });

  it("Meta: every forged or malformed delivery is 400 or 403, never 500, and stores nothing", async () => {
    const tenant = await newTenant();
    const appSecret = randomBytes(16).toString("hex");
    const phoneNumberId = String(100_000_000_000_000 + Math.floor(Math.random() * 8e14));
    const number = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
      token: tenant.token,
      body: {
        provider: "meta",
        displayName: "Fuzz",
        phoneNumberId,
        accessToken: `EAAG${randomBytes(20).toString("hex")}`,
        appSecret,
      },
    });
    expect(number.status).toBe(201);
    const url = `${inject("baseUrl")}/webhooks/meta/${number.body.id}`;
    const realPayload = () =>
      Buffer.from(
        readFileSync(new URL("./fixtures/meta/messages-text.json", import.meta.url), "utf8")
          .replaceAll("PHONE_NUMBER_ID", phoneNumberId)
          .replace(/wamid\.[A-Za-z0-9=_-]+/, `wamid.${randomBytes(12).toString("hex")}`)
          .trimEnd(),
      );

    const forged = fc.oneof(
      fc.option(headerText).map((sig) => ({ body: realPayload(), sig: sig ?? undefined })),
      fc.constant(null).map(() => {
        const body = realPayload();
        return { body, sig: metaSignature(randomBytes(16).toString("hex"), body) };
      }),
      fc.integer({ min: 1, max: 300 }).map((cut) => {
        const body = realPayload();
        return {
          body: body.subarray(0, Math.max(0, body.length - cut)),
          sig: metaSignature(appSecret, body),
        };
      }),
      // The same JSON re-serialized: equal in meaning, not in bytes, so the signature fails.
      fc.constant(null).map(() => {
        const body = realPayload();
        return {
          body: Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 1)),
          sig: metaSignature(appSecret, body),
        };
      }),
      fc
        .tuple(
          fc.oneof(
            bytes,
            invalidUtf8,
            huge.map((h) => Buffer.from(h)),
          ),
          fc.option(headerText),
        )
        .map(([body, sig]) => ({
          body: Buffer.from(body),
          sig: sig ?? undefined,
        })),
    );
    // Signed with the right secret, but not a delivery Helios can read.
    const malformed = fc
      .oneof(
        invalidUtf8,
        fc.integer({ min: 1, max: 300 }).map((cut) => {
          const body = realPayload();
          return body.subarray(0, body.length - cut);
        }),
        fc.constantFrom(
          "{}",
          "[]",
          "null",
          '{"object":"whatsapp_business_account"}',
          '{"entry":"x"}',
        ),
        huge.map((h) => `{"object":"${h}"}`),
      )
      .map((body) => {
        const raw = Buffer.from(body);
        return { body: raw, sig: metaSignature(appSecret, raw) };
      });

    // A signed body that is not UTF-8 may not survive as the same bytes (API Gateway passes a JSON
    // body as text): refused either as unreadable (400) or as no longer matching its signature (403).
    for (const [property, expected] of [
      [forged, [403]],
      [malformed, [400, 403]],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(property, async (request) => {
          const status = await send(url, request.body, {
            "content-type": "application/json",
            ...(request.sig === undefined ? {} : { "x-hub-signature-256": request.sig }),
          });
          expect(expected).toContain(status);
        }),
        { numRuns: RUNS },
      );
    }
    expect(await conversationCount(tenant)).toBe(0);
  });
});
