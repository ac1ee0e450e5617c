import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SandboxLogEntry } from "../src/sandbox/callbacks";
import { registerMetaWebhook, unregisterMetaWebhook } from "../src/sandbox/index";
import { metaJson } from "../src/sandbox/meta-wire";
import { metaDelivery } from "./support/meta-webhooks";
import { sandboxWithReceiver } from "./support/served-sandbox";

/** The Meta Graph (Cloud API) emulation on the wire. */

const logged: SandboxLogEntry[] = [];
const token = `EAAG${randomBytes(20).toString("hex")}`;
const phoneNumberId = () => String(200_000_000_000_000 + Math.floor(Math.random() * 1e14));

const served = sandboxWithReceiver({ statusDelayMs: 5, log: (entry) => logged.push(entry) });

async function graph(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null } = {},
) {
  const headers: Record<string, string> = {};
  const bearer = init.token === undefined ? token : init.token;
  if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${served.sandbox.metaGraphBaseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read the provider's JSON freely; shapes are asserted
  const body: any = await res.json();
  return { status: res.status, body };
}

const text = (to: string, body = "Hello") => ({
  messaging_product: "whatsapp",
  recipient_type: "individual",
  to,
  type: "text",
  text: { body },
});

describe("Meta sandbox: tokens and errors", () => {
  it("refuses a missing (104), short or INVALID… token (190) with Graph's error body", async () => {
    const id = phoneNumberId();
    const missing = await graph(`/${id}/messages`, { body: text("15551234567"), token: null });
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 104 } } });
    for (const bad of ["short-token", `INVALID${"x".repeat(30)}`]) {
      const res = await graph(`/${id}/messages`, { body: text("15551234567"), token: bad });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: {
          message: expect.stringContaining("access token"),
          type: "OAuthException",
          code: 190,
          fbtrace_id: expect.any(String),
        },
      });
    }
  });

  it("validates the message body like Graph", async () => {
    const path = `/${phoneNumberId()}/messages`;
    const cases: Array<[unknown, number, string]> = [
      [{}, 100, "The parameter messaging_product is required."],
      [{ ...text("1555"), messaging_product: "sms" }, 100, "Param messaging_product"],
      [{ ...text("15551234567"), to: undefined }, 100, "The parameter to is required."],
      [{ ...text("15551234567"), type: "fax" }, 100, "Param type must be one of"],
      [{ ...text("15551234567"), text: {} }, 100, "text['body']"],
      [{ ...text("15551234567"), text: { body: "x".repeat(4097) } }, 100, "at most 4096"],
      [{ ...text("15551234567"), type: "image", image: {} }, 100, "image['id']"],
      [
        { ...text("15551234567"), type: "template", template: { name: "hello" } },
        100,
        "template['language']",
      ],
      [text("call-me"), 131009, "Parameter value is not valid"],
    ];
    for (const [body, code, message] of cases) {
      const res = await graph(path, { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toContain(message);
    }
  });

  it("unknown objects and paths answer Graph's errors (100/33, 2500)", async () => {
    const notNumeric = await graph("/abc/messages", { body: text("15551234567") });
    expect(notNumeric.body.error).toMatchObject({ code: 100, error_subcode: 33 });
    expect((await graph("/999999999")).body.error).toMatchObject({ code: 100, error_subcode: 33 });
    expect((await graph("/1/2/3")).body.error.code).toBe(2500);
  });
});

describe("Meta sandbox: messages and webhooks", () => {
  it("answers like Graph and delivers statuses to the registered URL with its WABA and number", async () => {
    const id = phoneNumberId();
    const path = `/webhooks/meta/${id}`;
    registerMetaWebhook(id, {
      url: `${served.receiver.url}${path}`,
      appSecret: "s3cret",
      businessAccountId: "102290129340398",
      displayPhoneNumber: "+1 555-013-3777",
    });
    const res = await graph(`/${id}/messages`, { body: text("+1 (555) 123-4567") });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      messaging_product: "whatsapp",
      contacts: [{ input: "+1 (555) 123-4567", wa_id: "15551234567" }],
      messages: [{ id: expect.stringMatching(/^wamid\./) }],
    });
    const wamidBytes = Buffer.from(res.body.messages[0].id.slice(6), "base64").toString("latin1");
    expect(wamidBytes).toContain("15551234567");

    const callbacks = await served.receiver.waitFor(path, 3);
    const [sent, delivered, read] = callbacks.map((c) => JSON.parse(c.rawBody.toString("utf8")));
    expect(sent).toMatchObject(
      metaDelivery(
        id,
        {
          statuses: [
            {
              id: res.body.messages[0].id,
              status: "sent",
              recipient_id: "15551234567",
              timestamp: expect.stringMatching(/^\d{10}$/),
              conversation: {
                id: expect.any(String),
                expiration_timestamp: expect.any(String),
                origin: { type: "service" },
              },
              pricing: { billable: true, category: "service" },
            },
          ],
        },
        "15550133777",
      ),
    );
    expect(delivered.entry[0].changes[0].value.statuses[0].status).toBe("delivered");
    const readStatus = read.entry[0].changes[0].value.statuses[0];
    expect(readStatus.status).toBe("read");
    expect(readStatus.conversation).toBeUndefined();
    for (const callback of callbacks) {
      expect(callback.headers["content-type"]).toBe("application/json");
      expect(callback.headers["x-hub-signature-256"]).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(callback.headers["x-hub-signature"]).toMatch(/^sha1=[0-9a-f]{40}$/);
    }

    const node = await graph(`/${id}`);
    expect(node.body).toMatchObject({ id, display_phone_number: "+1 555-013-3777" });
    unregisterMetaWebhook(id);
  });

  it("accepts a template (message_status accepted), which reaches a number outside the window", async () => {
    const id = phoneNumberId();
    const path = `/webhooks/meta/template-${id}`;
    registerMetaWebhook(id, { url: `${served.receiver.url}${path}` });
    const res = await graph(`/${id}/messages`, {
      body: {
        messaging_product: "whatsapp",
        to: "15005550010",
        type: "template",
        template: { name: "hello_world", language: { code: "en_US" } },
      },
    });
    expect(res.body.messages[0]).toMatchObject({ message_status: "accepted" });
    const callbacks = await served.receiver.waitFor(path, 3);
    const statuses = callbacks.map(
      (c) => JSON.parse(c.rawBody.toString("utf8")).entry[0].changes[0].value.statuses[0],
    );
    expect(statuses.map((s) => s.status)).toEqual(["sent", "delivered", "read"]);
    expect(statuses[0].pricing.category).toBe("utility");
    unregisterMetaWebhook(id);
  });

  it("a message to 15005550009 ends failed with 131026", async () => {
    const id = phoneNumberId();
    const path = `/webhooks/meta/undeliverable-${id}`;
    registerMetaWebhook(id, { url: `${served.receiver.url}${path}` });
    await graph(`/${id}/messages`, { body: text("15005550009") });
    const [failed] = await served.receiver.waitFor(path, 1);
    const status = JSON.parse(failed?.rawBody.toString("utf8") ?? "{}").entry[0].changes[0].value
      .statuses[0];
    expect(status).toMatchObject({ status: "failed", errors: [{ code: 131026 }] });
    unregisterMetaWebhook(id);
  });

  it("without a registration the statuses are dropped, with one log line per number", async () => {
    const id = phoneNumberId();
    await graph(`/${id}/messages`, { body: text("15551234567") });
    await graph(`/${id}/messages`, { body: text("15551234568") });
    await served.sandbox.idle();
    const lines = logged.filter((entry) => entry.phoneNumberId === id);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toMatch(/no Meta webhook registered/);
  });

  it("refuses a registration that is not an http(s) URL", () => {
    expect(() => registerMetaWebhook("1", { url: "ftp://example.com" })).toThrow(/http/);
  });
});

describe("Meta sandbox: media", () => {
  it("serves a media object's bytes only with a valid token", async () => {
    const bytes = Buffer.from("%PDF-1.4 sandbox");
    const mediaId = served.sandbox.addMetaMedia({ body: bytes, mimeType: "application/pdf" });
    const media = await graph(`/${mediaId}`);
    expect(media.body).toMatchObject({
      messaging_product: "whatsapp",
      id: mediaId,
      mime_type: "application/pdf",
      file_size: bytes.length,
      url: expect.stringMatching(
        new RegExp(`^${served.sandbox.url}/_sandbox/meta/media/${mediaId}\\?`),
      ),
    });
    const anonymous = await fetch(media.body.url);
    expect(anonymous.status).toBe(400);
    const download = await fetch(media.body.url, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe("Meta serialization", () => {
  it("escapes / and non-ASCII as Meta does", () => {
    expect(metaJson({ a: "café / 👋" })).toBe(String.raw`{"a":"caf\u00e9 \/ \ud83d\udc4b"}`);
    expect(JSON.parse(metaJson({ a: "café / 👋" }))).toEqual({ a: "café / 👋" });
  });
});
