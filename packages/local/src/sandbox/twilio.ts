import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Callback, CallbackDispatcher, CallbackStep } from "./callbacks";
import { holdUntilClosed, type SendFaults } from "./faults";
import { basicAuth, capMap, hex, send } from "./http";
import type { SandboxRegistry, Webhook } from "./registry";
import { twilioSignature } from "./signatures";
import {
  type ContentFailure,
  contentMessage,
  handleContent,
  isContentPath,
} from "./twilio-content";
import { invalidField, missingField, readCreateMessage } from "./twilio-create";
import { handleSenders, SENDERS_PATH } from "./twilio-senders";
import {
  API_VERSION,
  accountJson,
  derivedHex,
  type MessageStatus,
  messageJson,
  numberJson,
  pageJson,
  type SandboxAccount,
  type SandboxMessage,
  sandboxNumbers,
  statusCallbackParams,
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
const MAX_MESSAGES = 5000;

const OUTSIDE_WINDOW_MESSAGE =
  "Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template.";

/**
 * Twilio's REST API for what Helios calls (fetch account, list incoming phone numbers, create and
 * fetch messages), with Basic auth, Twilio's JSON shapes and error bodies, and signed status
 * callbacks. Any well-formed pair (AC + 32 hex, 32 hex) is an account; the first token seen for a
 * SID is its token from then on.
 */
export class TwilioSandbox {
  /** The registry's accounts with their derived numbers, built once per account. */
  private readonly accounts = new Map<string, SandboxAccount>();
  private readonly messages = new Map<string, SandboxMessage>();
  /** Every `From` a message was created with → the account that sent it. */
  private readonly sentFrom = new Map<string, string>();
  /** Inbound media by path (`/2010-04-01/Accounts/{AC}/Messages/{MM}/Media/{ME}`). */
  private readonly media = new Map<
    string,
    { accountSid: string; body: Buffer; contentType: string }
  >();

  constructor(
    private readonly registry: SandboxRegistry,
    private readonly callbacks: CallbackDispatcher,
    private readonly faults: SendFaults,
    private readonly typing: TypingIndicators,
  ) {}

  /** A sender's webhook and the account it belongs to (its auth token signs the webhook). */
  senderAt(
    address: string,
  ): { webhook: Webhook; account: { sid: string; authToken: string } } | undefined {
    const entry = this.registry.twilioSenders.get(address);
    const account = entry ? this.account(entry.accountSid) : undefined;
    return entry?.webhook && account ? { webhook: entry.webhook, account } : undefined;
  }

  /** The account that owns a WhatsApp address (a sender of it, lists it, or sent from it). */
  accountFor(address: string): { sid: string; authToken: string } | undefined {
    const registered = this.registry.twilioSenders.get(address)?.accountSid;
    if (registered) return this.account(registered);
    const phone = address.replace(/^whatsapp:/, "");
    for (const sid of [...this.registry.twilioAccounts.keys()].reverse()) {
      const account = this.account(sid);
      if (account?.numbers.some((n) => n.phoneNumber === phone)) return account;
    }
    const sid = this.sentFrom.get(address);
    return sid ? this.account(sid) : undefined;
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
    if (path === SENDERS_PATH) {
      const account = this.authenticate(req);
      if (!account) return writeAuthenticate(res);
      return handleSenders(this.registry, account, req, res, url, body);
    }
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

  /** The account of a well-formed pair, registered on first sight; undefined when refused. */
  private authenticate(req: IncomingMessage): SandboxAccount | undefined {
    const credentials = basicAuth(req);
    if (!credentials) return undefined;
    const { username: sid, password: token } = credentials;
    if (!ACCOUNT_SID.test(sid) || !AUTH_TOKEN.test(token)) return undefined;
    if (token === TWILIO_MAGIC.refusedAuthToken) return undefined;
    const known = this.account(sid);
    if (known) return known.authToken === token ? known : undefined;
    this.registry.put(this.registry.twilioAccounts, sid, {
      sid,
      authToken: token,
      createdAt: new Date().toISOString(),
    });
    return this.account(sid);
  }

  /** The registry's account with what the sandbox derives from its SID. */
  private account(sid: string): SandboxAccount | undefined {
    const entry = this.registry.twilioAccounts.get(sid);
    if (!entry) return undefined;
    const cached = this.accounts.get(sid);
    if (cached?.authToken === entry.authToken) return cached;
    const account: SandboxAccount = {
      sid,
      authToken: entry.authToken,
      friendlyName: `Sandbox account ${sid.slice(-6)}`,
      createdAt: new Date(entry.createdAt),
      channelInstallSid: `XE${derivedHex(`channel:${sid}`)}`,
      numbers: sandboxNumbers(sid),
    };
    this.accounts.set(sid, account);
    capMap(this.accounts, 5000);
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
    const input = readCreateMessage(body);
    const missing = missingField(input);
    if (missing) return writeError(res, missing.status, missing.code, missing.message);
    const { to, from, text, mediaUrls, contentSid, statusCallback } = input;
    const fault = this.faults.take(to);
    if (fault === "unavailable") return writeError(res, 503, 20503, "Service Unavailable");
    if (fault === "unauthorized") return writeAuthenticate(res);
    if (fault === "timeout") return holdUntilClosed(res);
    const invalid = invalidField(input, TWILIO_MAGIC.invalidTo);
    if (invalid) return writeError(res, invalid.status, invalid.code, invalid.message);
    const content = contentSid
      ? contentMessage(account.sid, contentSid, input.contentVariables)
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
    this.sentFrom.delete(from);
    this.sentFrom.set(from, account.sid);
    capMap(this.sentFrom, MAX_MESSAGES);

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
      const params = statusCallbackParams(account, message);
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
