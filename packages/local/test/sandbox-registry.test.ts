import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSandbox } from "../src/sandbox/testing";

/**
 * The sandbox's registry: what it knows comes from calls to it (Basic auth, the Senders API, its
 * Meta dashboard), and a sandbox started again on the same file knows it still.
 */

let dir: string;
let helios: Server;
let heliosUrl: string;
/** What the stand-in for Helios answers to deliveries (the handshake always echoes its challenge). */
let deliveryStatus = 200;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sandbox-registry-"));
  helios = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET") {
      res
        .writeHead(200, { "content-type": "text/plain" })
        .end(url.searchParams.get("hub.challenge"));
      return;
    }
    req.resume();
    req.on("end", () => res.writeHead(deliveryStatus).end());
  });
  await new Promise<void>((resolve) => helios.listen(0, "127.0.0.1", resolve));
  heliosUrl = `http://127.0.0.1:${(helios.address() as AddressInfo).port}`;
});
afterAll(async () => {
  helios.closeAllConnections();
  await new Promise<void>((resolve) => helios.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const basic = (sid: string, token: string) =>
  `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}`;

async function json(url: string, init: { method?: string; body?: unknown; auth?: string } = {}) {
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      "content-type": "application/json",
      ...(init.auth ? { authorization: init.auth } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads the sandbox's JSON freely
  return { status: res.status, body: (await res.json()) as any };
}

describe("the sandbox's registry", () => {
  it("keeps accounts, senders, apps and webhooks across a restart on the same file", async () => {
    const stateFile = join(dir, "registry.json");
    const sid = `AC${randomBytes(16).toString("hex")}`;
    const token = randomBytes(16).toString("hex");
    const address = "whatsapp:+14155550111";
    const phoneNumberId = "123456789012345";

    const first = await serveSandbox({ stateFile, log: () => {} });
    const sender = await json(`${first.url}/_sandbox/twilio/v2/Channels/Senders`, {
      auth: basic(sid, token),
      body: {
        sender_id: address,
        profile: { name: "Front desk" },
        webhook: { callback_url: `${heliosUrl}/webhooks/twilio/num-1` },
      },
    });
    expect(sender.status).toBe(201);
    expect(sender.body).toMatchObject({
      sender_id: address,
      profile: { name: "Front desk" },
      webhook: { callback_url: `${heliosUrl}/webhooks/twilio/num-1` },
    });
    const app = await json(`${first.url}/_sandbox/meta/apps`, { body: {} });
    expect(app.status).toBe(201);
    expect(app.body).toMatchObject({
      id: expect.stringMatching(/^\d{15}$/),
      appSecret: expect.stringMatching(/^[0-9a-f]{32}$/),
      accessToken: expect.stringMatching(/^EAAG/),
    });
    const webhook = await json(`${first.url}/_sandbox/meta/apps/${app.body.id}/webhooks`, {
      body: {
        phoneNumberId,
        url: `${heliosUrl}/webhooks/meta/num-2`,
        verifyToken: "vt",
        name: "Meta desk",
      },
    });
    expect(webhook.body).toMatchObject({ phoneNumberId, receiving: true });
    await first.close();

    const second = await serveSandbox({ stateFile, log: () => {} });
    try {
      // The first token seen for the SID is still its token; another is refused.
      const account = `${second.url}/_sandbox/twilio/2010-04-01/Accounts/${sid}.json`;
      expect((await json(account, { auth: basic(sid, token) })).status).toBe(200);
      const other = randomBytes(16).toString("hex");
      expect((await json(account, { auth: basic(sid, other) })).status).toBe(401);
      expect((await json(`${second.url}/_sandbox/meta/apps/${app.body.id}`)).body).toEqual(
        app.body,
      );
      expect((await json(`${second.url}/sandbox/phone/api/numbers`)).body.items).toEqual([
        { provider: "twilio", address, numberId: "num-1", displayName: "Front desk" },
        { provider: "meta", address: phoneNumberId, numberId: "num-2", displayName: "Meta desk" },
      ]);
    } finally {
      await second.close();
    }
  });

  it("refuses a Meta webhook whose handshake fails, and stops offering a number Helios refuses", async () => {
    const sandbox = await serveSandbox({ log: () => {} });
    try {
      const app = (await json(`${sandbox.url}/_sandbox/meta/apps`, { body: {} })).body;
      const unreachable = await json(`${sandbox.url}/_sandbox/meta/apps/${app.id}/webhooks`, {
        body: { phoneNumberId: "123456789012346", url: "http://127.0.0.1:1/x", verifyToken: "vt" },
      });
      expect(unreachable.status).toBe(400);

      deliveryStatus = 403;
      const refused = await json(`${sandbox.url}/_sandbox/meta/apps/${app.id}/webhooks`, {
        body: {
          phoneNumberId: "123456789012347",
          url: `${heliosUrl}/webhooks/meta/num-3`,
          verifyToken: "vt",
        },
      });
      expect(refused.body).toMatchObject({ receiving: false, test: { status: 403 } });
      expect((await json(`${sandbox.url}/sandbox/phone/api/numbers`)).body.items).toEqual([]);
      const write = await json(`${sandbox.url}/sandbox/phone/api/messages`, {
        body: {
          number: "123456789012346",
          customer: "whatsapp:+15551230001",
          type: "text",
          text: "hi",
        },
      });
      expect(write).toMatchObject({
        status: 404,
        body: { error: { code: "number_not_connected" } },
      });
    } finally {
      deliveryStatus = 200;
      await sandbox.close();
    }
  });
});
