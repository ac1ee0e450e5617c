import { createHash, randomBytes } from "node:crypto";
import { registerMetaWebhook, unregisterMetaWebhook } from "@helios/local/sandbox/index";
import {
  type CallbackRecorder,
  type RecordedCallback,
  recordCallbacks,
  type ServedSandbox,
  serveSandbox,
} from "@helios/local/sandbox/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderAuthError, ProviderRequestError } from "../src/provider/errors";
import { fetchMetaMediaUrl, sendMetaText } from "../src/provider/meta/api";
import { metaSignatureValid } from "../src/provider/meta/signature";

const accessToken = `EAAG${randomBytes(24).toString("hex")}`;
const phoneNumberId = () => String(100_000_000_000_000 + Math.floor(Math.random() * 1e14));

/** The part of Meta's webhook the tests look at. */
const StatusWebhook = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.object({
      id: z.string(),
      changes: z.array(
        z.object({
          field: z.literal("messages"),
          value: z.object({
            messaging_product: z.literal("whatsapp"),
            metadata: z.object({ display_phone_number: z.string(), phone_number_id: z.string() }),
            statuses: z.array(
              z.object({
                id: z.string(),
                status: z.string(),
                timestamp: z.string(),
                recipient_id: z.string(),
                errors: z.array(z.object({ code: z.number(), title: z.string() })).optional(),
              }),
            ),
          }),
        }),
      ),
    }),
  ),
});

const statusOf = (callback: RecordedCallback | undefined) => {
  const payload = StatusWebhook.parse(JSON.parse(callback?.rawBody.toString("utf8") ?? "null"));
  const value = payload.entry[0]?.changes[0]?.value;
  return { value, status: value?.statuses[0] };
};

let sandbox: ServedSandbox;
let receiver: CallbackRecorder;
const previousBaseUrl = process.env.META_GRAPH_BASE_URL;

beforeAll(async () => {
  sandbox = await serveSandbox({ statusDelayMs: 15, log: () => {} });
  receiver = await recordCallbacks();
  process.env.META_GRAPH_BASE_URL = sandbox.metaGraphBaseUrl;
});

afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.META_GRAPH_BASE_URL;
  else process.env.META_GRAPH_BASE_URL = previousBaseUrl;
  await sandbox?.close();
  await receiver?.close();
});

describe("Meta adapter against the sandbox (Graph over fetch)", () => {
  it("sends a text and gets signed status webhooks sent → delivered → read", async () => {
    const id = phoneNumberId();
    const appSecret = randomBytes(16).toString("hex");
    const path = `/webhooks/meta/num-${id}`;
    registerMetaWebhook(id, { url: `${receiver.url}${path}`, appSecret });

    const { messageId } = await sendMetaText({
      phoneNumberId: id,
      accessToken,
      to: "+44 7700 900123",
      text: "Hello from Helios / ¡hola! 👋",
    });
    expect(messageId).toMatch(/^wamid\.[A-Za-z0-9+/=]+$/);

    const callbacks = await receiver.waitFor(path, 3);
    expect(callbacks.map((c) => statusOf(c).status?.status)).toEqual(["sent", "delivered", "read"]);
    for (const callback of callbacks) {
      const { value, status } = statusOf(callback);
      expect(value?.metadata.phone_number_id).toBe(id);
      expect(status).toMatchObject({ id: messageId, recipient_id: "447700900123" });
      const header = callback.headers["x-hub-signature-256"];
      expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
      const signed = typeof header === "string" ? header : undefined;
      expect(metaSignatureValid({ appSecret, rawBody: callback.rawBody, header: signed })).toBe(
        true,
      );
      expect(
        metaSignatureValid({
          appSecret: "other-secret",
          rawBody: callback.rawBody,
          header: signed,
        }),
      ).toBe(false);
    }
    unregisterMetaWebhook(id);
  });

  it("delivers unsigned webhooks when no app secret is registered, and quotes replies", async () => {
    const id = phoneNumberId();
    const path = `/webhooks/meta/unsigned-${id}`;
    registerMetaWebhook(id, { url: `${receiver.url}${path}` });
    await sendMetaText({
      phoneNumberId: id,
      accessToken,
      to: "15551234567",
      text: "Thanks!",
      replyToMessageId: "wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUY0",
    });
    const [first] = await receiver.waitFor(path, 1);
    expect(first?.headers["x-hub-signature-256"]).toBeUndefined();
    unregisterMetaWebhook(id);
  });

  it("a refused access token (190) is a ProviderAuthError", async () => {
    const error = await sendMetaText({
      phoneNumberId: phoneNumberId(),
      accessToken: `INVALID${"x".repeat(30)}`,
      to: "15551234567",
      text: "Hi",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderAuthError);
    expect(error).toMatchObject({ provider: "meta", code: "190", status: 401 });
  });

  it("Graph's refusals of a request are ProviderRequestErrors with Graph's code", async () => {
    const empty = await sendMetaText({
      phoneNumberId: phoneNumberId(),
      accessToken,
      to: "15551234567",
      text: "",
    }).catch((e: unknown) => e);
    if (!(empty instanceof ProviderRequestError)) throw empty;
    expect(empty).toMatchObject({ provider: "meta", code: "100", status: 400 });
    expect(empty.message).toContain("text['body']");

    const badRecipient = await sendMetaText({
      phoneNumberId: phoneNumberId(),
      accessToken,
      to: "not-a-number",
      text: "Hi",
    }).catch((e: unknown) => e);
    expect(badRecipient).toMatchObject({ code: "131009", details: expect.any(String) });
  });

  it("outside the 24-hour window a text ends failed with 131047", async () => {
    const id = phoneNumberId();
    const path = `/webhooks/meta/window-${id}`;
    registerMetaWebhook(id, { url: `${receiver.url}${path}` });
    await sendMetaText({ phoneNumberId: id, accessToken, to: "15005550010", text: "Hi" });
    const [failed] = await receiver.waitFor(path, 1);
    expect(statusOf(failed).status).toMatchObject({
      status: "failed",
      errors: [{ code: 131047, title: "Re-engagement message" }],
    });
    // Meta's serialization: `/` is escaped in the raw bytes.
    expect(failed?.rawBody.toString("utf8")).toContain("https:\\/\\/developers.facebook.com");
    unregisterMetaWebhook(id);
  });

  it("gives a media object's URL, which the sandbox serves with the same token", async () => {
    const bytes = randomBytes(256);
    const mediaId = sandbox.addMetaMedia({ body: bytes, mimeType: "image/jpeg" });
    const media = await fetchMetaMediaUrl({ mediaId, accessToken });
    expect(media).toMatchObject({
      url: expect.stringContaining(sandbox.url),
      mimeType: "image/jpeg",
      fileSize: 256,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    const download = await fetch(media.url, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(download.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    const unknown = await fetchMetaMediaUrl({ mediaId: "1234567890", accessToken }).catch(
      (e: unknown) => e,
    );
    expect(unknown).toBeInstanceOf(ProviderRequestError);
    expect(unknown).toMatchObject({ code: "100", status: 400 });
  });
});
