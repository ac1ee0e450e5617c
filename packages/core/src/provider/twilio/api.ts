import { ProviderAuthError, ProviderRequestError, unavailable } from "../errors";
import { TWILIO_DEFAULT_BASE_URL, twilioBaseUrl } from "./base-url";
import { type TwilioCredentials, twilioClient } from "./client";
import { isTwilioRestException } from "./rest-exception";

export type { TwilioCredentials } from "./client";

export interface TwilioAccount {
  friendlyName: string;
  /** "active", "suspended" or "closed". */
  status: string;
}

export interface TwilioWhatsAppNumber {
  /** `whatsapp:+E164` */
  address: string;
  friendlyName: string;
}

export interface TwilioOutboundMessage {
  /** `whatsapp:+E164`, one of the account's senders. */
  from: string;
  /** `whatsapp:+E164` */
  to: string;
  body?: string;
  mediaUrl?: string[];
  /** An approved template (Content API `HX…`) and its variables, instead of a free-form body. */
  contentSid?: string;
  contentVariables?: Record<string, string>;
  /** Where Twilio posts the message's status changes. */
  statusCallback: string;
}

export interface TwilioSentMessage {
  /** `SM…` */
  sid: string;
  /** Usually "queued" (or "accepted" through a Messaging Service). */
  status: string;
}

/** Fetches the account with the pair: succeeds only when Twilio accepts it. */
export async function verifyTwilioCredentials(
  credentials: TwilioCredentials,
): Promise<TwilioAccount> {
  try {
    const account = await twilioClient(credentials)
      .api.v2010.accounts(credentials.accountSid)
      .fetch();
    return { friendlyName: account.friendlyName, status: account.status };
  } catch (error) {
    throw fromTwilioError(error);
  }
}

/** The account's phone numbers, as WhatsApp addresses (the SDK follows Twilio's paging). */
export async function listTwilioWhatsAppNumbers(
  credentials: TwilioCredentials,
): Promise<TwilioWhatsAppNumber[]> {
  try {
    const numbers = await twilioClient(credentials)
      .api.v2010.accounts(credentials.accountSid)
      .incomingPhoneNumbers.list({ pageSize: 100, limit: 1000 });
    return numbers.map((number) => ({
      address: `whatsapp:${number.phoneNumber}`,
      friendlyName: number.friendlyName || number.phoneNumber,
    }));
  } catch (error) {
    throw fromTwilioError(error);
  }
}

export async function sendTwilioMessage(
  credentials: TwilioCredentials,
  message: TwilioOutboundMessage,
): Promise<TwilioSentMessage> {
  try {
    const created = await twilioClient(credentials)
      .api.v2010.accounts(credentials.accountSid)
      .messages.create({
        from: message.from,
        to: message.to,
        statusCallback: message.statusCallback,
        ...(message.body !== undefined ? { body: message.body } : {}),
        ...(message.mediaUrl?.length ? { mediaUrl: message.mediaUrl } : {}),
        ...(message.contentSid ? { contentSid: message.contentSid } : {}),
        ...(message.contentVariables
          ? { contentVariables: JSON.stringify(message.contentVariables) }
          : {}),
      });
    return { sid: created.sid, status: created.status };
  } catch (error) {
    throw fromTwilioError(error);
  }
}

/** Node and axios error codes that mean "Twilio was not reached or did not answer in time". */
const NETWORK_CODES = new Set([
  "ECONNABORTED",
  "ECONNREFUSED",
  "ECONNRESET",
  "EAI_AGAIN",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ETIMEDOUT",
  "ERR_NETWORK",
  "ERR_BAD_RESPONSE",
  "ERR_CANCELED",
]);

const errorCode = (error: unknown): unknown =>
  typeof error === "object" && error !== null && "code" in error ? error.code : undefined;

/**
 * The SDK's failures as the provider errors: a `RestException` carries Twilio's answer (`status`,
 * `code`, `message`, `moreInfo`); anything thrown below it (axios) is a network failure or timeout.
 * Programming errors pass through unchanged.
 */
export function fromTwilioError(error: unknown): Error {
  if (isTwilioRestException(error)) {
    const status = error.status;
    const code = error.code === undefined ? String(status) : String(error.code);
    if (status === 401 || code === "20003") {
      return new ProviderAuthError("twilio", code, error.message || "Authenticate", status);
    }
    if (status >= 500 || status === 429) return unavailable("twilio", status, error);
    return new ProviderRequestError(
      "twilio",
      code,
      error.message || `Twilio refused the request (HTTP ${status})`,
      status,
      error.moreInfo || undefined,
    );
  }
  const code = errorCode(error);
  const isAxios =
    typeof error === "object" &&
    error !== null &&
    "isAxiosError" in error &&
    error.isAxiosError === true;
  if (isAxios || (typeof code === "string" && NETWORK_CODES.has(code))) {
    return unavailable("twilio", undefined, error);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Every WhatsApp address the account holds: its incoming phone numbers and its WhatsApp senders
 * (Senders API on `messaging.twilio.com`, which lists numbers registered for WhatsApp that Twilio
 * does not host as phone numbers). Ownership checks ask this, not the person.
 */
export async function listTwilioWhatsAppAddresses(
  credentials: TwilioCredentials,
): Promise<TwilioWhatsAppNumber[]> {
  const client = twilioClient(credentials);
  const baseUrl = twilioBaseUrl();
  if (baseUrl !== TWILIO_DEFAULT_BASE_URL) client.messaging.baseUrl = baseUrl.replace(/\/+$/, "");
  try {
    const [numbers, senders] = await Promise.all([
      listTwilioWhatsAppNumbers(credentials),
      client.messaging.v2.channelsSenders.list({ channel: "whatsapp", pageSize: 100, limit: 1000 }),
    ]);
    const found = new Map(numbers.map((number) => [number.address, number]));
    for (const sender of senders) {
      const address = sender.senderId?.startsWith("whatsapp:") ? sender.senderId : undefined;
      if (address && !found.has(address)) {
        found.set(address, { address, friendlyName: sender.profile?.name || address });
      }
    }
    return [...found.values()];
  } catch (error) {
    throw fromTwilioError(error);
  }
}
