import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type CallbackRecorder,
  recordCallbacks,
  type ServedSandbox,
  serveSandbox,
} from "@helios/local/sandbox/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ProviderAuthError,
  ProviderRequestError,
  ProviderUnavailableError,
} from "../src/provider/errors";
import {
  listTwilioWhatsAppNumbers,
  sendTwilioMessage,
  verifyTwilioCredentials,
} from "../src/provider/twilio/api";
import { twilioClient } from "../src/provider/twilio/client";
import { twilioSignatureValid } from "../src/provider/twilio/signature";

const account = () => ({
  accountSid: `AC${randomBytes(16).toString("hex")}`,
  authToken: randomBytes(16).toString("hex"),
});

let sandbox: ServedSandbox;
let receiver: CallbackRecorder;
const previousBaseUrl = process.env.TWILIO_API_BASE_URL;

beforeAll(async () => {
  sandbox = await serveSandbox({ statusDelayMs: 15, log: () => {} });
  receiver = await recordCallbacks();
  process.env.TWILIO_API_BASE_URL = sandbox.twilioBaseUrl;
});

afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.TWILIO_API_BASE_URL;
  else process.env.TWILIO_API_BASE_URL = previousBaseUrl;
  await sandbox?.close();
  await receiver?.close();
});

describe("Twilio adapter against the sandbox (real twilio SDK)", () => {
  it("accepts a well-formed pair and returns the account", async () => {
    const credentials = account();
    await expect(verifyTwilioCredentials(credentials)).resolves.toEqual({
      friendlyName: expect.stringContaining("Sandbox"),
      status: "active",
    });
    // Verifying again with the same pair still works.
    await expect(verifyTwilioCredentials(credentials)).resolves.toMatchObject({ status: "active" });
  });

  it("a refused pair is a ProviderAuthError (20003)", async () => {
    const credentials = account();
    await verifyTwilioCredentials(credentials);
    const wrongToken = { ...credentials, authToken: randomBytes(16).toString("hex") };
    const refused = await verifyTwilioCredentials(wrongToken).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderAuthError);
    expect(refused).toMatchObject({ provider: "twilio", code: "20003", status: 401 });

    const zeros = { accountSid: account().accountSid, authToken: "0".repeat(32) };
    await expect(verifyTwilioCredentials(zeros)).rejects.toBeInstanceOf(ProviderAuthError);
    const malformed = { accountSid: `AC${"z".repeat(32)}`, authToken: "short" };
    await expect(verifyTwilioCredentials(malformed)).rejects.toBeInstanceOf(ProviderAuthError);
  });

  it("lists the account's numbers as WhatsApp addresses, the same every time", async () => {
    const credentials = account();
    const numbers = await listTwilioWhatsAppNumbers(credentials);
    expect(numbers).toHaveLength(2);
    expect(numbers.map((n) => n.friendlyName)).toEqual(["Sandbox Support", "Sandbox Sales"]);
    for (const n of numbers) expect(n.address).toMatch(/^whatsapp:\+1415555\d{4}$/);
    expect(new Set(numbers.map((n) => n.address)).size).toBe(2);
    expect(await listTwilioWhatsAppNumbers(credentials)).toEqual(numbers);
  });

  it("the SDK pages through the sandbox's envelope with the configured base URL", async () => {
    const credentials = account();
    const pages = await twilioClient(credentials)
      .api.v2010.accounts(credentials.accountSid)
      .incomingPhoneNumbers.page({ pageSize: 1 });
    expect(pages.instances).toHaveLength(1);
    expect(pages.nextPageUrl).toMatch(new RegExp(`^${sandbox.twilioBaseUrl}/2010-04-01/`));
    const next = await pages.nextPage();
    expect(next?.instances.map((n) => n.friendlyName)).toEqual(["Sandbox Sales"]);
    expect(next?.nextPageUrl).toBeUndefined();
  });

  it("sends a message (SM…, queued), then posts signed callbacks sent → delivered → read", async () => {
    const credentials = account();
    const [from] = await listTwilioWhatsAppNumbers(credentials);
    const path = "/webhooks/twilio/num-1/status?attempt=1";
    const statusCallback = `${receiver.url}${path}`;
    const sent = await sendTwilioMessage(credentials, {
      from: from?.address ?? "",
      to: "whatsapp:+447700900123",
      body: "Hello from Helios",
      mediaUrl: ["https://example.com/a.png", "https://example.com/b.png"],
      statusCallback,
    });
    expect(sent).toEqual({ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: "queued" });

    const callbacks = await receiver.waitFor(path, 3);
    expect(callbacks.map((c) => c.params.MessageStatus)).toEqual(["sent", "delivered", "read"]);
    for (const callback of callbacks) {
      expect(callback.method).toBe("POST");
      expect(callback.params).toMatchObject({
        MessageSid: sent.sid,
        SmsSid: sent.sid,
        SmsStatus: callback.params.MessageStatus,
        AccountSid: credentials.accountSid,
        From: from?.address,
        To: "whatsapp:+447700900123",
        ApiVersion: "2010-04-01",
        ChannelPrefix: "whatsapp",
        ChannelInstallSid: expect.stringMatching(/^XE[0-9a-f]{32}$/),
        ChannelToAddress: "+44770090XXXX",
      });
      expect(callback.headers["i-twilio-idempotency-token"]).toBeTruthy();
      const signature = callback.headers["x-twilio-signature"];
      expect(typeof signature).toBe("string");
      const check = {
        url: statusCallback,
        params: callback.params,
        signature: typeof signature === "string" ? signature : undefined,
      };
      expect(twilioSignatureValid({ authToken: credentials.authToken, ...check })).toBe(true);
      expect(twilioSignatureValid({ authToken: account().authToken, ...check })).toBe(false);
      expect(
        twilioSignatureValid({ authToken: credentials.authToken, ...check, url: receiver.url }),
      ).toBe(false);
    }

    const fetched = await twilioClient(credentials)
      .api.v2010.accounts(credentials.accountSid)
      .messages(sent.sid)
      .fetch();
    expect(fetched).toMatchObject({ status: "read", numMedia: "2", body: "Hello from Helios" });
  });

  it("an invalid 'To' (21211) is a ProviderRequestError with Twilio's code", async () => {
    const credentials = account();
    const error = await sendTwilioMessage(credentials, {
      from: "whatsapp:+14155550100",
      to: "whatsapp:+15005550009",
      body: "Hi",
      statusCallback: `${receiver.url}/never`,
    }).catch((e: unknown) => e);
    if (!(error instanceof ProviderRequestError)) throw error;
    expect(error).toMatchObject({ provider: "twilio", code: "21211", status: 400 });
    expect(error.explanation).toMatch(/international format/);
  });

  it("a free-form message outside the window ends failed with ErrorCode 63016", async () => {
    const credentials = account();
    const path = "/webhooks/twilio/num-2/status";
    await sendTwilioMessage(credentials, {
      from: "whatsapp:+14155550100",
      to: "whatsapp:+15005550010",
      body: "Hi again",
      statusCallback: `${receiver.url}${path}`,
    });
    const [failed] = await receiver.waitFor(path, 1);
    expect(failed?.params).toMatchObject({ MessageStatus: "failed", ErrorCode: "63016" });
  });

  it("Twilio out of reach is a ProviderUnavailableError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.TWILIO_API_BASE_URL = `http://127.0.0.1:${port}`;
    try {
      const error = await verifyTwilioCredentials(account()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderUnavailableError);
      expect(error).toMatchObject({ provider: "twilio" });
    } finally {
      process.env.TWILIO_API_BASE_URL = sandbox.twilioBaseUrl;
    }
  });
});
