import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { twilioSignature } from "@helios/core/provider/twilio/signature";
import type { Callback, CallbackDispatcher, CallbackStep } from "./callbacks";
import { holdUntilClosed, type SendFaults } from "./faults";
import { basicAuth, capMap, hex, isHttpUrl, send } from "./http";
import {
  type ContentFailure,
  contentMessage,
  handleContent,
  isContentPath,
} from "./twilio-content";
import {
  API_VERSION,
  accountJson,
  type MessageStatus,
  messageJson,
  numberJson,
  pageJson,
  type SandboxAccount,
  type SandboxMessage,
  writeAuthenticate,
  writeError,
  writeJson,
  writeNotFound,
} from "./twilio-wire";
import type { TypingIndicators } from "./typing";

export const TWILIO_SANDBOX_PATH = "/_sandbox/twilio";
/** The Messaging domain's typing indicator, served under the same sandbox base. */
const TYPING_PATH = "/v2/Indicators/Typing.json";

/** Magic values, as Twilio's test credentials have them. */
export const TWILIO_MAGIC = {
  /** An auth token Twilio always refuses (20003). */
  refusedAuthToken: "0".repeat(32),
  /** Creating a message to this address fails at once with 21211 (invalid 'To'). */
  invalidTo: "whatsapp:+15005550009",
  /** A free-form message to this address fails with 63016 (outside the 24-hour window). */
  outsideWindowTo: "whatsapp:+15005550010",
} as const;

const ACCOUNT_SID = /^AC[0-9a-f]{32}$/i;
const AUTH_TOKEN = /^[0-9a-f]{32}$/i;
const WHATSAPP_ADDRESS = /^whatsapp:\+[1-9]\d{7,14}$/;
const PHONE = /^\+?[1-9]\d{7,14}$/;
/** A username customer's address: `whatsapp:` and their business-scoped user id. */
const USER_ID_ADDRESS = /^whatsapp:[A-Z]{2}\.[A-Za-z0-9.]{1,140}$/;
const CONTENT_SID = /^HX[0-9a-f]{32}$/i;
const MAX_BODY = 1600;
const MAX_MEDIA = 10;
const MAX_MESSAGES = 5000;

const OUTSIDE_WINDOW_MESSAGE =
  "Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template.";

/** `sha256(seed)` as 32 hex characters: the sandbox's SIDs are stable for an account. */
const derivedHex = (seed: string) => createHash("sha256").update(seed).digest("hex").slice(0, 32);

/** Two numbers per account, `+1415555XXXX`, derived from the SID (the same SID, the same numbers). */
function sandboxNumbers(sid: string): SandboxAccount["numbers"] {
  const digest = createHash("sha256").update(`numbers:${sid.toLowerCase()}`).digest();
  const first = digest.readUInt16BE(0) % 10_000;
  let second = digest.readUInt16BE(2) % 10_000;
  if (second === first) second = (second + 1) % 10_000;
  return [
    { suffix: first, friendlyName: "Sandbox Support" },
    { suffix: second, friendlyName: "Sandbox Sales" },
  ].map(({ suffix, friendlyName }, index) => ({
    sid: `PN${derivedHex(`number:${sid}:${index}`)}`,
    phoneNumber: `+1415555${String(suffix).padStart(4, "0")}`,
    friendlyName,
  }));
}

/** `+14155551234` → `+1415555XXXX`: real callbacks mask the recipient's address. */
const maskAddress = (address: string) => {
  const number = address.replace(/^whatsapp:/, "");
  return `${number.slice(0, -4)}XXXX`;
};

/**
 * Twilio's REST API for what Helios calls (fetch account, list incoming phone numbers, create and
 * fetch messages), with Basic auth, Twilio's JSON shapes and error bodies, and signed status
 * callbacks. Any well-formed pair (AC + 32 hex, 32 hex) is an account; the first token seen for a
 * SID is its token from then on.
 */
export class TwilioSandbox {
  private readonly accounts = new Map<string, SandboxAccount>();
  private readonly messages = new Map<string, SandboxMessage>();
  /** Every `From` a message was created with → the account that sent it. */
  private readonly senders = new Map<string, string>();
  /** Inbound media by path (`/2010-04-01/Accounts/{AC}/Messages/{MM}/Media/{ME}`). */
  private readonly media = new Map<
    string,
    { accountSid: string; body: Buffer; contentType: string }
  >();

  constructor(
    private readonly callbacks: CallbackDispatcher,
    private readonly faults: SendFaults,
    private readonly typing: TypingIndicators,
  ) {}

  /**
   * The WhatsApp addresses the sandbox knows an account for, newest account first: each account's
   * listed numbers, then the senders seen in created messages.
   */
  knownAddresses(): { address: string; accountSid: string; friendlyName: string }[] {
    const found = new Map<string, { address: string; accountSid: string; friendlyName: string }>();
    for (const account of [...this.accounts.values()].reverse()) {
      for (const number of account.numbers) {
        const address = `whatsapp:${number.phoneNumber}`;
        if (!found.has(address)) {
          found.set(address, {
            address,
            accountSid: account.sid,
            friendlyName: number.friendlyName,
          });
        }
      }
    }
    for (const [address, accountSid] of [...this.senders].reverse()) {
      if (!found.has(address)) found.set(address, { address, accountSid, friendlyName: address });
    }
    return [...found.values()];
  }

  /** The account that owns a WhatsApp address (lists it, or sent from it). */
  accountFor(address: string): { sid: string; authToken: string } | undefined {
    const phone = address.replace(/^whatsapp:/, "");
    for (const account of [...this.accounts.values()].reverse()) {
      if (account.numbers.some((n) => n.phoneNumber === phone)) return account;
    }
    const sid = this.senders.get(address);
    return sid ? this.accounts.get(sid) : undefined;
  }

  /** The messages created from one address to another, oldest first (statuses as they are now). */
  messagesBetween(from: string, to: string): readonly SandboxMessage[] {
    return [...this.messages.values()].filter((m) => m.from === from && m.to === to);
  }

  /**
   * Keeps the bytes of a customer's photo where Twilio keeps inbound media, and returns that path
   * (below the sandbox's base URL): `MediaUrl0` of the inbound webhook.
   */
  addMedia(input: { accountSid: string; messageSid: string; body: Buffer; contentType: string }) {
    const path = `/${API_VERSION}/Accounts/${input.accountSid}/Messages/${input.messageSid}/Media/ME${hex(16)}`;
    this.media.set(path, {
      accountSid: input.accountSid,
      body: input.body,
      contentType: input.contentType,
    });
    capMap(this.media, MAX_MESSAGES);
    return path;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) {
    const path = url.pathname.slice(TWILIO_SANDBOX_PATH.length) || "/";
    if (path === TYPING_PATH) return this.typingIndicator(req, res, body);
    const media = this.media.get(path);
    if (media) {
      // Like Twilio with HTTP auth on media: only the account's own credentials read it.
      if (this.authenticate(req)?.sid !== media.accountSid) return writeAuthenticate(res);
      return send(res, 200, media.body, { "content-type": media.contentType });
    }
    if (path === "/v2/Channels/Senders") return this.listSenders(req, res, url);
    if (isContentPath(path)) {
      const account = this.authenticate(req);
      if (!account) return writeAuthenticate(res);
      // Its next-page links are absolute: the host the caller reached the sandbox at.
      const base = `${url.protocol}//${req.headers.host ?? url.host}${TWILIO_SANDBOX_PATH}`;
      const method = req.method ?? "GET";
      const input = { accountSid: account.sid, method, path, query: url.searchParams, base };
      return handleContent(res, input);
    }
    const route = /^\/2010-04-01\/Accounts\/([^/]+?)(\/.*)?\.json$/.exec(path);
    if (!route?.[1]) return writeNotFound(res, path);
    const account = this.authenticate(req);
    if (!account) return writeAuthenticate(res);
    if (route[1] !== account.sid) return writeNotFound(res, path);

    const resource = route[2] ?? "";
    const method = req.method ?? "GET";
    if (resource === "") {
      return method === "GET" ? writeJson(res, 200, accountJson(account)) : notAllowed(res);
    }
    if (resource === "/IncomingPhoneNumbers") {
      return method === "GET" ? this.listNumbers(res, account, url) : notAllowed(res);
    }
    const number = /^\/IncomingPhoneNumbers\/(PN[0-9a-f]{32})$/i.exec(resource);
    if (number) {
      const found = account.numbers.find((n) => n.sid === number[1]);
      if (!found) return writeNotFound(res, path);
      return method === "GET" ? writeJson(res, 200, numberJson(account, found)) : notAllowed(res);
    }
    if (resource === "/Messages") {
      return method === "POST" ? this.createMessage(res, account, body) : notAllowed(res);
    }
    const message = /^\/Messages\/(SM[0-9a-f]{32})$/i.exec(resource);
    if (message) {
      const found = message[1] ? this.messages.get(message[1]) : undefined;
      if (!found || found.accountSid !== account.sid) return writeNotFound(res, path);
      return method === "GET" ? writeJson(res, 200, messageJson(found)) : notAllowed(res);
    }
    return writeNotFound(res, path);
  }

  /**
   * The Senders API (`messaging.twilio.com/v2/Channels/Senders?Channel=whatsapp`): the account's
   * numbers, each registered as an online WhatsApp sender, in one page.
   */
  private listSenders(req: IncomingMessage, res: ServerResponse, url: URL) {
    const account = this.authenticate(req);
    if (!account) return writeAuthenticate(res);
    if ((req.method ?? "GET") !== "GET") return notAllowed(res);
    const channel = url.searchParams.get("Channel") ?? "";
    const senders =
      channel.toLowerCase() === "whatsapp"
        ? account.numbers.map((number) => ({
            sid: `XE${derivedHex(`sender:${account.sid}:${number.phoneNumber}`)}`,
            status: "ONLINE",
            sender_id: `whatsapp:${number.phoneNumber}`,
            configuration: { waba_id: null, verification_method: "sms" },
            webhook: null,
            profile: { name: number.friendlyName },
            properties: { quality_rating: "HIGH", messaging_limit: "10K Customers/24hr" },
            offline_reasons: null,
            url: `${url.origin}${TWILIO_SANDBOX_PATH}/v2/Channels/Senders/XE`,
          }))
        : [];
    const self = `${url.origin}${url.pathname}${url.search}`;
    return writeJson(res, 200, {
      senders,
      meta: {
        page: 0,
        page_size: senders.length,
        first_page_url: self,
        previous_page_url: null,
        url: self,
        next_page_url: null,
        key: "senders",
      },
    });
  }

  /**
   * The Messaging domain's Typing Indicators resource (`POST /v2/Indicators/Typing.json`, form
   * `channel=whatsapp&messageId=SM…`): the customer's message reads as read and "typing…" shows.
   */
  private typingIndicator(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    if (req.method !== "POST") return notAllowed(res);
    if (!this.authenticate(req)) return writeAuthenticate(res);
    const form = new URLSearchParams(body.toString("utf8"));
    const channel = form.get("channel") ?? "";
    const messageId = form.get("messageId") ?? "";
    if (channel !== "whatsapp") {
      return writeError(
        res,
        400,
        21211,
        `Invalid channel '${channel}': only whatsapp is supported`,
      );
    }
    if (!/^(SM|MM)[0-9a-f]{32}$/i.test(messageId)) {
      return writeError(res, 400, 21211, "messageId must be a WhatsApp Message SID (SM…/MM…)");
    }
    this.typing.show(messageId);
    return writeJson(res, 200, { success: true });
  }

  /** The account of a well-formed pair, created on first sight; undefined when refused. */
  private authenticate(req: IncomingMessage): SandboxAccount | undefined {
    const credentials = basicAuth(req);
    if (!credentials) return undefined;
    const { username: sid, password: token } = credentials;
    if (!ACCOUNT_SID.test(sid) || !AUTH_TOKEN.test(token)) return undefined;
    if (token === TWILIO_MAGIC.refusedAuthToken) return undefined;
    const known = this.accounts.get(sid);
    if (known) return known.authToken === token ? known : undefined;
    const account: SandboxAccount = {
      sid,
      authToken: token,
      friendlyName: `Sandbox account ${sid.slice(-6)}`,
      createdAt: new Date(),
      channelInstallSid: `XE${derivedHex(`channel:${sid}`)}`,
      numbers: sandboxNumbers(sid),
    };
    this.accounts.set(sid, account);
    return account;
  }

  private listNumbers(res: ServerResponse, account: SandboxAccount, url: URL) {
    const filters = new URLSearchParams();
    let numbers = account.numbers;
    const phone = url.searchParams.get("PhoneNumber");
    if (phone) {
      filters.set("PhoneNumber", phone);
      numbers = numbers.filter((n) => n.phoneNumber.includes(phone.replace(/[^\d+]/g, "")));
    }
    const name = url.searchParams.get("FriendlyName");
    if (name) {
      filters.set("FriendlyName", name);
      numbers = numbers.filter((n) => n.friendlyName === name);
    }
    const items = numbers.map((n) => numberJson(account, n));
    const listPath = `/${API_VERSION}/Accounts/${account.sid}/IncomingPhoneNumbers.json`;
    const page = pageJson(
      "incoming_phone_numbers",
      listPath,
      items,
      (item) => item.sid,
      url.searchParams,
      filters,
    );
    return writeJson(res, 200, page);
  }

  private createMessage(res: ServerResponse, account: SandboxAccount, body: Buffer) {
    const form = new URLSearchParams(body.toString("utf8"));
    const to = form.get("To")?.trim() ?? "";
    const from = form.get("From")?.trim() ?? "";
    const text = form.get("Body") ?? "";
    const mediaUrls = form.getAll("MediaUrl").filter((u) => u !== "");
    const contentSid = form.get("ContentSid")?.trim() ?? "";
    const statusCallback = form.get("StatusCallback")?.trim() ?? "";

    if (!to) return writeError(res, 400, 21604, "A 'To' phone number is required.");
    if (!from) return writeError(res, 400, 21603, "A 'From' phone number is required.");
    if (!text && mediaUrls.length === 0 && !contentSid) {
      return writeError(res, 400, 21602, "Message body is required.");
    }
    const fault = this.faults.take(to);
    if (fault === "unavailable") return writeError(res, 503, 20503, "Service Unavailable");
    if (fault === "unauthorized") return writeAuthenticate(res);
    if (fault === "timeout") return holdUntilClosed(res);
    const toNumber = to.replace(/^whatsapp:/, "");
    const toUserId = USER_ID_ADDRESS.test(to);
    if (to === TWILIO_MAGIC.invalidTo || (!toUserId && !PHONE.test(toNumber))) {
      return writeError(res, 400, 21211, `Invalid 'To' Phone Number: ${toNumber}`);
    }
    if (!WHATSAPP_ADDRESS.test(from)) {
      return writeError(res, 400, 21212, `Invalid 'From' Phone Number: ${from}`);
    }
    if (!toUserId && !WHATSAPP_ADDRESS.test(to)) {
      return writeError(
        res,
        400,
        21910,
        "Invalid From and To pair. From and To should be of the same channel",
      );
    }
    if (text.length > MAX_BODY) {
      return writeError(
        res,
        400,
        21617,
        "The concatenated message body exceeds the 1600 character limit",
      );
    }
    if (mediaUrls.length > MAX_MEDIA || !mediaUrls.every(isHttpUrl)) {
      return writeError(res, 400, 21620, "Invalid media URL(s)");
    }
    if (contentSid && !CONTENT_SID.test(contentSid)) {
      return writeError(res, 400, 21655, "The ContentSid is Invalid");
    }
    if (statusCallback && !isHttpUrl(statusCallback)) {
      return writeError(res, 400, 21609, "Invalid StatusCallback url");
    }
    const content = contentSid
      ? contentMessage(account.sid, contentSid, form.get("ContentVariables") ?? "")
      : undefined;
    if (content && "refused" in content) {
      const { status, code, message } = content.refused;
      return writeError(res, status, code, message);
    }

    const now = new Date();
    const message: SandboxMessage = {
      sid: `SM${hex(16)}`,
      accountSid: account.sid,
      from,
      to,
      body: content?.body ?? text,
      ...(contentSid ? { contentSid } : {}),
      mediaUrls,
      status: "queued",
      errorCode: null,
      errorMessage: null,
      createdAt: now,
      updatedAt: now,
      sentAt: null,
    };
    this.messages.set(message.sid, message);
    capMap(this.messages, MAX_MESSAGES);
    this.senders.delete(from);
    this.senders.set(from, account.sid);
    capMap(this.senders, MAX_MESSAGES);

    const outsideWindow = to === TWILIO_MAGIC.outsideWindowTo && !contentSid;
    const failure: ContentFailure | undefined = outsideWindow
      ? { code: 63016, message: OUTSIDE_WINDOW_MESSAGE }
      : content?.failure;
    const statuses: MessageStatus[] = failure ? ["failed"] : ["sent", "delivered", "read"];
    this.callbacks.sequence(
      statuses.map((status) => this.statusStep(account, message, status, statusCallback, failure)),
    );
    return writeJson(res, 201, messageJson(message));
  }

  /** Moves the message to `status` and builds the callback Twilio would post for it. */
  private statusStep(
    account: SandboxAccount,
    message: SandboxMessage,
    status: MessageStatus,
    statusCallback: string,
    failure?: ContentFailure,
  ): CallbackStep {
    return () => {
      const now = new Date();
      message.status = status;
      message.updatedAt = now;
      if (status === "sent") message.sentAt = now;
      if (status === "failed" && failure) {
        message.errorCode = failure.code;
        message.errorMessage = failure.message;
      }
      if (!statusCallback) return undefined;
      const params: Record<string, string> = {
        ChannelPrefix: "whatsapp",
        ApiVersion: API_VERSION,
        MessageStatus: status,
        SmsSid: message.sid,
        SmsStatus: status,
        ChannelInstallSid: account.channelInstallSid,
        To: message.to,
        From: message.from,
        MessageSid: message.sid,
        AccountSid: account.sid,
        ChannelToAddress: maskAddress(message.to),
        ...(message.errorCode !== null ? { ErrorCode: String(message.errorCode) } : {}),
      };
      const callback: Callback = {
        provider: "twilio",
        url: statusCallback,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "user-agent": "TwilioProxy/1.1",
          "i-twilio-idempotency-token": randomUUID(),
          "x-home-region": "us1",
          "x-twilio-signature": twilioSignature(account.authToken, statusCallback, params),
        },
        body: new URLSearchParams(params).toString(),
        about: { messageSid: message.sid, status },
      };
      return callback;
    };
  }
}

const notAllowed = (res: ServerResponse) => writeError(res, 405, 20004, "Method not allowed");
