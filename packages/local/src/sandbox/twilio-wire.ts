import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { hex, rfc2822, send } from "./http";

/** Twilio's REST shapes (2010-04-01 API) for the resources the sandbox emulates. */
export const API_VERSION = "2010-04-01";

export interface SandboxAccount {
  sid: string;
  authToken: string;
  friendlyName: string;
  createdAt: Date;
  /** The WhatsApp channel installation every callback names (`XE…`). */
  channelInstallSid: string;
  numbers: SandboxNumber[];
}

export interface SandboxNumber {
  sid: string;
  phoneNumber: string;
  friendlyName: string;
}

export type MessageStatus = "queued" | "sent" | "delivered" | "read" | "failed" | "undelivered";

export interface SandboxMessage {
  sid: string;
  accountSid: string;
  from: string;
  to: string;
  body: string;
  /** A template message's Content SID (`HX…`); its body is the rendered template. */
  contentSid?: string;
  mediaUrls: string[];
  status: MessageStatus;
  errorCode: number | null;
  errorMessage: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

const accountUri = (sid: string) => `/${API_VERSION}/Accounts/${sid}`;

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return {
    "content-type": "application/json; charset=utf-8",
    "twilio-request-id": `RQ${hex(16)}`,
    "twilio-request-duration": "0.012",
    ...extra,
  };
}

export const writeJson = (res: ServerResponse, status: number, body: unknown): number =>
  send(res, status, JSON.stringify(body), headers());

/** Twilio's error body: `{code, message, more_info, status}`. */
export function writeError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  extra: { detail?: string; headers?: Record<string, string> } = {},
): number {
  const body = {
    code,
    message,
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
    ...(extra.detail ? { detail: extra.detail } : {}),
  };
  return send(res, status, JSON.stringify(body), headers(extra.headers));
}

export const writeAuthenticate = (res: ServerResponse): number =>
  writeError(res, 401, 20003, "Authenticate", {
    detail: "Your AccountSid or AuthToken was incorrect.",
    headers: { "www-authenticate": 'Basic realm="Twilio API"' },
  });

export const writeNotFound = (res: ServerResponse, path: string): number =>
  writeError(res, 404, 20404, `The requested resource ${path} was not found`);

export function accountJson(account: SandboxAccount) {
  const uri = accountUri(account.sid);
  const created = rfc2822(account.createdAt);
  return {
    auth_token: account.authToken,
    date_created: created,
    date_updated: created,
    friendly_name: account.friendlyName,
    owner_account_sid: account.sid,
    sid: account.sid,
    status: "active",
    subresource_uris: {
      addresses: `${uri}/Addresses.json`,
      available_phone_numbers: `${uri}/AvailablePhoneNumbers.json`,
      balance: `${uri}/Balance.json`,
      calls: `${uri}/Calls.json`,
      incoming_phone_numbers: `${uri}/IncomingPhoneNumbers.json`,
      keys: `${uri}/Keys.json`,
      messages: `${uri}/Messages.json`,
      usage: `${uri}/Usage.json`,
    },
    type: "Full",
    uri: `${uri}.json`,
  };
}

export function numberJson(account: SandboxAccount, number: SandboxNumber) {
  const uri = `${accountUri(account.sid)}/IncomingPhoneNumbers/${number.sid}`;
  const created = rfc2822(account.createdAt);
  return {
    account_sid: account.sid,
    address_requirements: "none",
    address_sid: null,
    api_version: API_VERSION,
    beta: false,
    bundle_sid: null,
    capabilities: { fax: false, mms: true, sms: true, voice: true },
    date_created: created,
    date_updated: created,
    emergency_address_sid: null,
    emergency_address_status: "unregistered",
    emergency_status: "Active",
    friendly_name: number.friendlyName,
    identity_sid: null,
    origin: "twilio",
    phone_number: number.phoneNumber,
    sid: number.sid,
    sms_application_sid: "",
    sms_fallback_method: "POST",
    sms_fallback_url: "",
    sms_method: "POST",
    sms_url: "",
    status: "in-use",
    status_callback: "",
    status_callback_method: "POST",
    subresource_uris: { assigned_add_ons: `${uri}/AssignedAddOns.json` },
    trunk_sid: null,
    uri: `${uri}.json`,
    voice_application_sid: null,
    voice_caller_id_lookup: false,
    voice_fallback_method: "POST",
    voice_fallback_url: null,
    voice_method: "POST",
    voice_receive_mode: "voice",
    voice_url: null,
  };
}

export function messageJson(message: SandboxMessage) {
  const uri = `${accountUri(message.accountSid)}/Messages/${message.sid}`;
  return {
    account_sid: message.accountSid,
    api_version: API_VERSION,
    body: message.body,
    date_created: rfc2822(message.createdAt),
    date_sent: message.sentAt ? rfc2822(message.sentAt) : null,
    date_updated: rfc2822(message.updatedAt),
    direction: "outbound-api",
    error_code: message.errorCode,
    error_message: message.errorMessage,
    from: message.from,
    messaging_service_sid: null,
    num_media: String(message.mediaUrls.length),
    num_segments: "1",
    price: null,
    price_unit: "USD",
    sid: message.sid,
    status: message.status,
    subresource_uris: { media: `${uri}/Media.json` },
    to: message.to,
    uri: `${uri}.json`,
  };
}

/**
 * Twilio's paging envelope of a 2010-04-01 list: the items under `key`, `page`/`page_size`/
 * `start`/`end`, and relative `first_page_uri`/`next_page_uri`/`previous_page_uri` (the SDK makes
 * them absolute with its base URL).
 */
export function pageJson<T>(
  key: string,
  listPath: string,
  items: T[],
  itemSid: (item: T) => string,
  query: URLSearchParams,
  filters: URLSearchParams,
) {
  const pageSize = clamp(Number.parseInt(query.get("PageSize") ?? "50", 10) || 50, 1, 1000);
  const page = Math.max(0, Number.parseInt(query.get("Page") ?? "0", 10) || 0);
  const start = page * pageSize;
  const slice = items.slice(start, start + pageSize);
  const uriFor = (n: number, token?: string) => {
    const params = new URLSearchParams(filters);
    params.set("PageSize", String(pageSize));
    params.set("Page", String(n));
    if (token) params.set("PageToken", token);
    return `${listPath}?${params.toString()}`;
  };
  const last = slice.at(-1);
  const first = slice[0];
  return {
    [key]: slice,
    end: Math.max(start, start + slice.length - 1),
    first_page_uri: uriFor(0),
    next_page_uri:
      last && start + pageSize < items.length ? uriFor(page + 1, `PA${itemSid(last)}`) : null,
    page,
    page_size: pageSize,
    previous_page_uri: page > 0 && first ? uriFor(page - 1, `PB${itemSid(first)}`) : null,
    start,
    uri: uriFor(page, query.get("PageToken") ?? undefined),
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `sha256(seed)` as 32 hex characters: the sandbox's SIDs are stable for an account. */
export const derivedHex = (seed: string) =>
  createHash("sha256").update(seed).digest("hex").slice(0, 32);

/** Two numbers per account, `+1415555XXXX`, derived from the SID (the same SID, the same numbers). */
export function sandboxNumbers(sid: string): SandboxAccount["numbers"] {
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

/** The parameters of a status callback, as Twilio posts them for the message's status now. */
export function statusCallbackParams(
  account: SandboxAccount,
  message: SandboxMessage,
): Record<string, string> {
  return {
    ChannelPrefix: "whatsapp",
    ApiVersion: API_VERSION,
    MessageStatus: message.status,
    SmsSid: message.sid,
    SmsStatus: message.status,
    ChannelInstallSid: account.channelInstallSid,
    To: message.to,
    From: message.from,
    MessageSid: message.sid,
    AccountSid: account.sid,
    ChannelToAddress: maskAddress(message.to),
    ...(message.errorCode !== null ? { ErrorCode: String(message.errorCode) } : {}),
  };
}
