import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxLogEntry } from "../src/sandbox/callbacks";
import { type CallbackRecorder, recordCallbacks, serveSandbox } from "../src/sandbox/testing";

/** Callback delivery: retries, a log line and a drop when Helios does not answer; close cancels. */

let receiver: CallbackRecorder;
beforeAll(async () => {
  receiver = await recordCallbacks();
});
afterAll(async () => {
  await receiver?.close();
});

const account = () => ({
  sid: `AC${randomBytes(16).toString("hex")}`,
  token: randomBytes(16).toString("hex"),
});

async function sendMessage(twilioBaseUrl: string, statusCallback: string) {
  const { sid, token } = account();
  const res = await fetch(`${twilioBaseUrl}/2010-04-01/Accounts/${sid}/Messages.json`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      To: "whatsapp:+447700900123",
      From: "whatsapp:+14155550100",
      Body: "Hi",
      StatusCallback: statusCallback,
    }).toString(),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { sid: string }).sid;
}

describe("sandbox callback delivery", () => {
  it("retries a failing callback, then logs one JSON entry and drops it, and goes on", async () => {
    const logged: SandboxLogEntry[] = [];
    const sandbox = await serveSandbox({
      statusDelayMs: 5,
      retryDelaysMs: [10, 10],
      log: (entry) => logged.push(entry),
    });
    try {
      const path = "/status/failing";
      receiver.respondWith(path, 500);
      const sid = await sendMessage(sandbox.twilioBaseUrl, `${receiver.url}${path}`);
      const attempts = await receiver.waitFor(path, 9);
      await sandbox.idle();
      // Three statuses, each tried three times, each retry with the same idempotency token.
      expect(attempts.map((a) => a.params.MessageStatus)).toEqual([
        ...["sent", "sent", "sent"],
        ...["delivered", "delivered", "delivered"],
        ...["read", "read", "read"],
      ]);
      const tokens = attempts.map((a) => a.headers["i-twilio-idempotency-token"]);
      expect(new Set(tokens.slice(0, 3)).size).toBe(1);
      expect(new Set(tokens).size).toBe(3);
      expect(logged).toEqual(
        ["sent", "delivered", "read"].map((status) => ({
          level: "warn",
          message: "sandbox callback dropped",
          provider: "twilio",
          url: `${receiver.url}${path}`,
          attempts: 3,
          failure: "HTTP 500",
          messageSid: sid,
          status,
        })),
      );
    } finally {
      await sandbox.close();
    }
  });

  it("a callback URL nobody listens on, or one that never answers, is dropped too", async () => {
    const logged: SandboxLogEntry[] = [];
    const sandbox = await serveSandbox({
      statusDelayMs: 5,
      retryDelaysMs: [],
      callbackTimeoutMs: 100,
      log: (entry) => logged.push(entry),
    });
    const hanging: Server = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", () => resolve()));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", () => resolve()));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    try {
      const hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/status`;
      await sendMessage(sandbox.twilioBaseUrl, hangingUrl);
      await sendMessage(sandbox.twilioBaseUrl, `http://127.0.0.1:${closedPort}/status`);
      await sandbox.idle();
      expect(logged).toHaveLength(6);
      const failures = logged.map((entry) => String(entry.failure));
      expect(failures.filter((f) => f.startsWith("TimeoutError"))).toHaveLength(3);
      expect(failures.filter((f) => f.startsWith("TypeError"))).toHaveLength(3);
    } finally {
      await sandbox.close();
      hanging.closeAllConnections();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
    }
  });

  it("close() cancels the callbacks still pending", async () => {
    const sandbox = await serveSandbox({ statusDelayMs: 150, log: () => {} });
    const path = "/status/cancelled";
    await sendMessage(sandbox.twilioBaseUrl, `${receiver.url}${path}`);
    await sandbox.close();
    // A control sent after the close, with the same delays, has all three of its callbacks
    // delivered: by then the cancelled ones were due too.
    const control = await serveSandbox({ statusDelayMs: 150, log: () => {} });
    try {
      await sendMessage(control.twilioBaseUrl, `${receiver.url}/status/control-after-cancel`);
      await receiver.waitFor("/status/control-after-cancel", 3);
    } finally {
      await control.close();
    }
    expect(receiver.received.filter((r) => r.path === path)).toEqual([]);
  });
});
