import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sandboxWithReceiver } from "./support/served-sandbox";

/** The Twilio REST emulation on the wire (what any HTTP client sees), without the SDK. */
const served = sandboxWithReceiver({ statusDelayMs: 5, log: () => {} });

const newAccount = () => ({
  sid: `AC${randomBytes(16).toString("hex")}`,
  token: randomBytes(16).toString("hex"),
});
type Account = ReturnType<typeof newAccount>;

async function twilio(
  account: Account | undefined,
  path: string,
  init: { method?: string; form?: Record<string, string | string[]> } = {},
) {
  const headers: Record<string, string> = {};
  if (account) {
    headers.authorization = `Basic ${Buffer.from(`${account.sid}:${account.token}`).toString("base64")}`;
  }
  let body: string | undefined;
  if (init.form) {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(init.form)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
    }
    body = form.toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  const url = path.startsWith("http") ? path : `${served.sandbox.twilioBaseUrl}${path}`;
  const res = await fetch(url, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
  // biome-ignore lint/suspicious/noExplicitAny: tests read the provider's JSON freely; shapes are asserted
  const json: any = await res.json();
  return { status: res.status, headers: res.headers, body: json };
}

const accountPath = (account: Account) => `/2010-04-01/Accounts/${account.sid}`;
const RFC2822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

describe("Twilio sandbox: accounts and auth", () => {
  it("answers Twilio's 401 (20003) without or with a malformed pair", async () => {
    const account = newAccount();
    for (const who of [undefined, { ...account, token: "abc" }, { ...account, sid: "ACxyz" }]) {
      const res = await twilio(who, `${accountPath(account)}.json`);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        code: 20003,
        message: "Authenticate",
        more_info: "https://www.twilio.com/docs/errors/20003",
        status: 401,
        detail: expect.any(String),
      });
      expect(res.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    }
  });

  it("remembers the first token seen for a SID and refuses any other", async () => {
    const account = newAccount();
    expect((await twilio(account, `${accountPath(account)}.json`)).status).toBe(200);
    const other = { ...account, token: randomBytes(16).toString("hex") };
    expect((await twilio(other, `${accountPath(account)}.json`)).status).toBe(401);
    expect((await twilio(account, `${accountPath(account)}.json`)).status).toBe(200);
    const zeros = { sid: newAccount().sid, token: "0".repeat(32) };
    expect((await twilio(zeros, `${accountPath(zeros)}.json`)).status).toBe(401);
  });

  it("returns the account in Twilio's shape", async () => {
    const account = newAccount();
    const res = await twilio(account, `${accountPath(account)}.json`);
    expect(res.headers.get("twilio-request-id")).toMatch(/^RQ[0-9a-f]{32}$/);
    expect(res.body).toMatchObject({
      sid: account.sid,
      owner_account_sid: account.sid,
      auth_token: account.token,
      friendly_name: expect.any(String),
      status: "active",
      type: "Full",
      date_created: expect.stringMatching(RFC2822),
      uri: `${accountPath(account)}.json`,
      subresource_uris: { messages: `${accountPath(account)}/Messages.json` },
    });
  });

  it("answers 404 (20404) for another account or an unknown resource, 405 for a wrong method", async () => {
    const account = newAccount();
    const stranger = newAccount();
    const res = await twilio(account, `${accountPath(stranger)}.json`);
    expect(res).toMatchObject({ status: 404, body: { code: 20404, status: 404 } });
    expect((await twilio(account, `${accountPath(account)}/Calls.json`)).body.code).toBe(20404);
    expect((await twilio(account, "/2010-04-01/Nope")).status).toBe(404);
    const deleted = await twilio(account, `${accountPath(account)}.json`, { method: "DELETE" });
    expect(deleted).toMatchObject({ status: 405, body: { code: 20004 } });
  });
});

describe("Twilio sandbox: incoming phone numbers", () => {
  it("lists two numbers per account in Twilio's paging envelope, stable per SID", async () => {
    const account = newAccount();
    const listPath = `${accountPath(account)}/IncomingPhoneNumbers.json`;
    const all = await twilio(account, listPath);
    expect(all.body).toMatchObject({
      page: 0,
      page_size: 50,
      start: 0,
      end: 1,
      next_page_uri: null,
      previous_page_uri: null,
      first_page_uri: `${listPath}?PageSize=50&Page=0`,
    });
    expect(all.body.incoming_phone_numbers).toHaveLength(2);
    expect(all.body.incoming_phone_numbers[0]).toMatchObject({
      account_sid: account.sid,
      sid: expect.stringMatching(/^PN[0-9a-f]{32}$/),
      phone_number: expect.stringMatching(/^\+1415555\d{4}$/),
      friendly_name: "Sandbox Support",
      capabilities: { sms: true },
      status: "in-use",
    });

    const first = await twilio(account, `${listPath}?PageSize=1`);
    expect(first.body.incoming_phone_numbers).toHaveLength(1);
    expect(first.body.next_page_uri).toMatch(
      new RegExp(`^${listPath.replace(/\./g, "\\.")}\\?PageSize=1&Page=1&PageToken=PAPN`),
    );
    const second = await twilio(
      account,
      `${served.sandbox.twilioBaseUrl}${first.body.next_page_uri}`,
    );
    expect(second.body).toMatchObject({ page: 1, start: 1, end: 1, next_page_uri: null });
    expect(second.body.previous_page_uri).toMatch(/Page=0/);
    expect(second.body.incoming_phone_numbers[0].friendly_name).toBe("Sandbox Sales");

    const again = await twilio(account, listPath);
    expect(again.body.incoming_phone_numbers).toEqual(all.body.incoming_phone_numbers);
    const number = all.body.incoming_phone_numbers[1];
    const fetched = await twilio(
      account,
      `${accountPath(account)}/IncomingPhoneNumbers/${number.sid}.json`,
    );
    expect(fetched.body).toEqual(number);
  });
});

describe("Twilio sandbox: messages", () => {
  const from = "whatsapp:+14155550100";
  const to = "whatsapp:+447700900123";

  it("refuses what Twilio refuses, with Twilio's codes", async () => {
    const account = newAccount();
    const path = `${accountPath(account)}/Messages.json`;
    const send = (form: Record<string, string>) => twilio(account, path, { form });
    const cases: Array<[Record<string, string>, number]> = [
      [{ From: from, Body: "hi" }, 21604],
      [{ To: to, Body: "hi" }, 21603],
      [{ To: to, From: from }, 21602],
      [{ To: "whatsapp:+15005550009", From: from, Body: "hi" }, 21211],
      [{ To: "whatsapp:12", From: from, Body: "hi" }, 21211],
      [{ To: to, From: "+14155550100", Body: "hi" }, 21212],
      [{ To: "+447700900123", From: from, Body: "hi" }, 21910],
      [{ To: to, From: from, Body: "x".repeat(1601) }, 21617],
      [{ To: to, From: from, Body: "hi", MediaUrl: "ftp://x" }, 21620],
      [{ To: to, From: from, ContentSid: "HX123" }, 21655],
      [{ To: to, From: from, Body: "hi", StatusCallback: "not a url" }, 21609],
    ];
    for (const [form, code] of cases) {
      const res = await send(form);
      expect(res.status, JSON.stringify(form)).toBe(400);
      expect(res.body).toMatchObject({
        code,
        message: expect.any(String),
        more_info: `https://www.twilio.com/docs/errors/${code}`,
        status: 400,
      });
    }
  });

  it("creates a message in Twilio's shape and moves it to read even without a callback", async () => {
    const account = newAccount();
    const res = await twilio(account, `${accountPath(account)}/Messages.json`, {
      form: { To: to, From: from, Body: "Hello", MediaUrl: ["https://e.com/1.png"] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      sid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      account_sid: account.sid,
      api_version: "2010-04-01",
      status: "queued",
      direction: "outbound-api",
      from,
      to,
      body: "Hello",
      num_media: "1",
      num_segments: "1",
      error_code: null,
      error_message: null,
      price: null,
      date_sent: null,
      date_created: expect.stringMatching(RFC2822),
      uri: `${accountPath(account)}/Messages/${res.body.sid}.json`,
    });
    await served.sandbox.idle();
    const fetched = await twilio(account, `${accountPath(account)}/Messages/${res.body.sid}.json`);
    expect(fetched.body).toMatchObject({
      status: "read",
      date_sent: expect.stringMatching(RFC2822),
    });
    const stranger = newAccount();
    const hidden = await twilio(stranger, `${accountPath(stranger)}/Messages/${res.body.sid}.json`);
    expect(hidden.status).toBe(404);
  });

  it("an approved template reaches a number outside the window; free text fails with 63016", async () => {
    const account = newAccount();
    const path = `${accountPath(account)}/Messages.json`;
    const outside = "whatsapp:+15005550010";
    const templatePath = "/status/template";
    const textPath = "/status/text";
    await twilio(account, path, {
      form: {
        To: outside,
        From: from,
        ContentSid: `HX${randomBytes(16).toString("hex")}`,
        StatusCallback: `${served.receiver.url}${templatePath}`,
      },
    });
    const text = await twilio(account, path, {
      form: {
        To: outside,
        From: from,
        Body: "Hi",
        StatusCallback: `${served.receiver.url}${textPath}`,
      },
    });
    const template = await served.receiver.waitFor(templatePath, 3);
    expect(template.map((c) => c.params.MessageStatus)).toEqual(["sent", "delivered", "read"]);
    const [failed] = await served.receiver.waitFor(textPath, 1);
    expect(failed?.params).toMatchObject({
      MessageStatus: "failed",
      SmsStatus: "failed",
      ErrorCode: "63016",
    });
    await served.sandbox.idle();
    const fetched = await twilio(account, `${accountPath(account)}/Messages/${text.body.sid}.json`);
    expect(fetched.body).toMatchObject({ status: "failed", error_code: 63016 });
    expect(fetched.body.error_message).toMatch(/outside the allowed window/);
  });
});
