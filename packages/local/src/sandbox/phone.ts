import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { twilioSignature } from "@helios/core/provider/twilio/signature";
import type { SandboxLog } from "./callbacks";
import { type HeliosDirectory, type HeliosNumber, publicBaseUrl } from "./helios";
import { capMap, hex, parseJson, send } from "./http";
import type { MetaSandbox } from "./meta";
import { defaultBusinessAccountId, metaWebhookHeaders } from "./meta-ids";
import { wamid } from "./meta-wire";
import { addressesOf, sandboxUserId } from "./phone-identity";
import { sampleImage, sampleImages } from "./phone-media";
import { phonePage } from "./phone-page";
import {
  type Content,
  contentOf,
  isUserIdAddress,
  MEDIA_PATH,
  META_STATUS,
  mapLimited,
  metaInboundPayload,
  metaMessageOf,
  notAllowed,
  PHONE_API_PATH,
  PHONE_PATH,
  PhoneError,
  type PhoneMessage,
  type PhoneNumberOption,
  type Provider,
  parse,
  post,
  profileName,
  SendBody,
  type ThreadItem,
  ThreadQuery,
  TWILIO_ADDRESS,
  TWILIO_STATUS,
  toThreadItem,
  type WebhookOutcome,
  waIdOf,
  writeError,
  writeJson,
} from "./phone-wire";

import { TWILIO_SANDBOX_PATH, type TwilioSandbox } from "./twilio";
import { API_VERSION } from "./twilio-wire";
import type { TypingIndicators } from "./typing";

/**
 * The sandbox phone: a page where a person plays the customer. It writes to a Helios number the way
 * WhatsApp would (the sandbox posts the provider's real inbound webhook, signed, to Helios's public
 * webhook URL) and shows the replies Helios sends through the sandbox, with their ticks.
 */
export { PHONE_PATH } from "./phone-wire";

const MAX_PHONE_MESSAGES = 2000;
const MAX_THREAD = 200;
const MAX_LISTED_ADDRESSES = 200;
const LOOKUP_TTL_MS = 3000;

export interface PhoneOptions {
  baseUrl: string;
  twilio: TwilioSandbox;
  meta: MetaSandbox;
  helios: HeliosDirectory;
  log: SandboxLog;
  typing: TypingIndicators;
}

export class SandboxPhone {
  private readonly sent = new Map<string, PhoneMessage>();
  private readonly lookups = new Map<
    string,
    { at: number; value: Promise<HeliosNumber | undefined> }
  >();

  constructor(private readonly options: PhoneOptions) {}

  owns(path: string): boolean {
    return (
      path === PHONE_PATH || path.startsWith(`${PHONE_PATH}/`) || path.startsWith(`${MEDIA_PATH}/`)
    );
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) {
    const path = url.pathname;
    const method = req.method ?? "GET";
    if (path.startsWith(`${MEDIA_PATH}/`)) return this.media(res, method, path);
    if (path === PHONE_PATH || path === `${PHONE_PATH}/`) {
      if (method !== "GET" && method !== "HEAD") return writeError(res, notAllowed());
      return send(res, 200, phonePage(sampleImages()), {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy":
          "default-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'",
      });
    }
    try {
      const route = path.slice(PHONE_API_PATH.length);
      if (!path.startsWith(`${PHONE_API_PATH}/`)) {
        throw new PhoneError(404, "not_found", `No sandbox phone page at ${path}`);
      }
      if (route === "/numbers") {
        if (method !== "GET") throw notAllowed();
        return writeJson(res, 200, { items: await this.listNumbers() });
      }
      if (route === "/thread") {
        if (method !== "GET") throw notAllowed();
        const query = parse(ThreadQuery, Object.fromEntries(url.searchParams));
        const items = this.thread(query.number, query.customer);
        return writeJson(res, 200, { items, typing: this.typingIn(items) });
      }
      if (route === "/messages") {
        if (method !== "POST") throw notAllowed();
        const json = parseJson(body);
        if (json === undefined) throw new PhoneError(400, "invalid_json", "The body is not JSON");
        const message = await this.sendMessage(parse(SendBody, json));
        return writeJson(res, 201, {
          message: toThreadItem(message),
          webhook: message.webhook,
        });
      }
      throw new PhoneError(404, "not_found", `No sandbox phone endpoint at ${path}`);
    } catch (error) {
      if (error instanceof PhoneError) return writeError(res, error);
      this.options.log({
        level: "error",
        message: "sandbox phone request failed",
        path,
        error: error instanceof Error ? error.message : String(error),
      });
      return writeError(
        res,
        new PhoneError(
          500,
          "internal",
          "The sandbox phone could not do that; see the local cloud's log",
        ),
      );
    }
  }

  private media(res: ServerResponse, method: string, path: string) {
    if (method !== "GET" && method !== "HEAD") return send(res, 405, "Method not allowed");
    const image = sampleImage(decodeURIComponent(path.slice(MEDIA_PATH.length + 1)));
    if (!image) return send(res, 404, "Not found", { "content-type": "text/plain" });
    return send(res, 200, image.body, {
      "content-type": image.contentType,
      "cache-control": "public, max-age=3600",
    });
  }

  /**
   * The numbers the phone can write to: the Twilio addresses the sandbox knows (accounts' listed
   * numbers, senders seen) and the Meta phone number ids it has seen, each only when an active Helios
   * number is connected at it.
   */
  private async listNumbers(): Promise<PhoneNumberOption[]> {
    const candidates: { provider: Provider; address: string }[] = [
      ...this.options.twilio
        .knownAddresses()
        .map(({ address }) => ({ provider: "twilio" as const, address })),
      ...this.options.meta
        .knownPhoneNumberIds()
        .map((address) => ({ provider: "meta" as const, address })),
    ].slice(0, MAX_LISTED_ADDRESSES);
    const found = await mapLimited(candidates, 16, async (candidate) => {
      const number = await this.cachedLookup(candidate.provider, candidate.address);
      return number?.receiving
        ? {
            provider: candidate.provider,
            address: candidate.address,
            numberId: number.id,
            displayName: number.displayName,
          }
        : undefined;
    });
    return found.filter((option): option is PhoneNumberOption => option !== undefined);
  }

  private cachedLookup(provider: Provider, address: string): Promise<HeliosNumber | undefined> {
    const key = `${provider}:${address}`;
    const cached = this.lookups.get(key);
    if (cached && Date.now() - cached.at < LOOKUP_TTL_MS) return cached.value;
    const value = this.options.helios.numberAt(provider, address).catch(() => undefined);
    this.lookups.set(key, { at: Date.now(), value });
    capMap(this.lookups, 1000);
    return value;
  }

  /**
   * Whether the business is "typing…": it asked for the indicator on one of the customer's messages
   * under 25 s ago and has not replied since (a reply dismisses it, as on WhatsApp).
   */
  private typingIn(items: readonly ThreadItem[]): boolean {
    const since = this.options.typing.typingSince(
      items.filter((item) => item.direction === "in").map((item) => item.id),
    );
    if (since === undefined) return false;
    return !items.some((item) => item.direction === "out" && Date.parse(item.createdAt) >= since);
  }

  private thread(number: string, customer: string): ThreadItem[] {
    const provider: Provider = TWILIO_ADDRESS.test(number) ? "twilio" : "meta";
    // One customer, with or without their username: replies go to whichever address Helios knows.
    const addresses = addressesOf(customer);
    const inbound = [...this.sent.values()]
      .filter((m) => m.number === number && addresses.includes(m.customer))
      .map(toThreadItem)
      .map((item) =>
        item.status === "delivered" && this.options.typing.isRead(item.id)
          ? { ...item, status: "read" as const }
          : item,
      );
    const outbound: ThreadItem[] =
      provider === "twilio"
        ? addresses
            .flatMap((to) => this.options.twilio.messagesBetween(number, to))
            .map((m) => ({
              id: m.sid,
              direction: "out",
              kind: m.contentSid ? "template" : m.mediaUrls.length > 0 ? "image" : "text",
              text: m.body,
              ...(m.mediaUrls.length > 0
                ? { media: m.mediaUrls.map((url) => ({ url, contentType: "" })) }
                : {}),
              status: TWILIO_STATUS[m.status] ?? "queued",
              ...(m.errorCode !== null
                ? { error: { code: String(m.errorCode), message: m.errorMessage ?? "" } }
                : {}),
              createdAt: m.createdAt.toISOString(),
            }))
        : addresses
            .flatMap((to) => this.options.meta.messagesBetween(number, waIdOf(to)))
            .map((m) => ({
              id: m.id,
              direction: "out",
              kind: m.type,
              text: m.text,
              ...(m.mediaLink ? { media: [{ url: m.mediaLink, contentType: "" }] } : {}),
              status: META_STATUS[m.status] ?? "queued",
              createdAt: m.createdAt.toISOString(),
            }));
    // A stable sort keeps each side's own order for equal timestamps.
    return [...inbound, ...outbound]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .slice(-MAX_THREAD);
  }

  private async sendMessage(input: SendBody): Promise<PhoneMessage> {
    const provider: Provider = TWILIO_ADDRESS.test(input.number) ? "twilio" : "meta";
    const number = await this.options.helios.numberAt(provider, input.number);
    if (!number) {
      throw new PhoneError(
        404,
        "number_not_connected",
        provider === "twilio"
          ? `No Helios number is connected at ${input.number}: add it in Helios first`
          : `No Helios Meta number has the phone number id ${input.number}: add it in Helios first`,
      );
    }
    const base = publicBaseUrl(this.options.baseUrl);
    const content = contentOf(input, base);
    const message =
      provider === "twilio"
        ? await this.postTwilio(input, number, content, base)
        : await this.postMeta(input, number, content, base);
    this.sent.set(message.id, message);
    capMap(this.sent, MAX_PHONE_MESSAGES);
    return message;
  }

  /** Twilio's inbound-message webhook for WhatsApp, with every parameter Twilio sends. */
  private async postTwilio(
    input: SendBody,
    number: HeliosNumber,
    content: Content,
    base: string,
  ): Promise<PhoneMessage> {
    const account = await this.twilioAccountFor(input.number, number);
    const sid = `${content.media ? "MM" : "SM"}${hex(16)}`;
    // Twilio hosts inbound media under the account (HTTP auth): the photo goes there first.
    const mediaUrl =
      content.media && content.image
        ? `${this.options.baseUrl.replace(/\/+$/, "")}${TWILIO_SANDBOX_PATH}${this.options.twilio.addMedia(
            {
              accountSid: account.sid,
              messageSid: sid,
              body: content.image.body,
              contentType: content.image.contentType,
            },
          )}`
        : undefined;
    const params: Record<string, string> = {
      ...(content.media && mediaUrl
        ? { MediaContentType0: content.media.contentType, MediaUrl0: mediaUrl }
        : {}),
      ...(content.location
        ? {
            Latitude: String(content.location.latitude),
            Longitude: String(content.location.longitude),
            ...(content.location.address ? { Address: content.location.address } : {}),
            ...(content.location.label ? { Label: content.location.label } : {}),
          }
        : {}),
      SmsMessageSid: sid,
      NumMedia: content.media ? "1" : "0",
      ProfileName: profileName(input),
      MessageType: input.type,
      SmsSid: sid,
      ...(isUserIdAddress(input.customer) ? {} : { WaId: waIdOf(input.customer) }),
      ExternalUserIdentifier: sandboxUserId(input.customer),
      SmsStatus: "received",
      Body: content.text,
      To: input.number,
      NumSegments: "1",
      ReferralNumMedia: "0",
      MessageSid: sid,
      AccountSid: account.sid,
      From: input.customer,
      ApiVersion: API_VERSION,
    };
    const url = `${base}/webhooks/twilio/${encodeURIComponent(number.id)}`;
    const webhook = await post(url, new URLSearchParams(params).toString(), {
      "content-type": "application/x-www-form-urlencoded",
      "user-agent": "TwilioProxy/1.1",
      "i-twilio-idempotency-token": randomUUID(),
      "x-home-region": "us1",
      "x-twilio-signature": twilioSignature(account.authToken, url, params),
    });
    return this.record(sid, "twilio", input, content, webhook);
  }

  /** The account that owns the address in the sandbox, else the pair the tenant gave Helios. */
  private async twilioAccountFor(address: string, number: HeliosNumber) {
    const known = this.options.twilio.accountFor(address);
    if (known) return { sid: known.sid, authToken: known.authToken };
    const credentials = await this.options.helios.twilioCredentialsOf(number.tenantId);
    if (credentials) return { sid: credentials.accountSid, authToken: credentials.authToken };
    throw new PhoneError(
      404,
      "twilio_account_unknown",
      `No Twilio account is known for ${address}: connect Twilio in Helios first`,
    );
  }

  /** Meta's `whatsapp_business_account` webhook with one message, signed with the app secret. */
  private async postMeta(
    input: SendBody,
    number: HeliosNumber,
    content: Content,
    base: string,
  ): Promise<PhoneMessage> {
    const phoneNumberId = input.number;
    const waId = waIdOf(input.customer);
    const id = wamid(waId);
    const mediaId =
      content.media && content.image
        ? this.options.meta.addMedia({
            body: content.image.body,
            mimeType: content.image.contentType,
          })
        : undefined;
    const payload = metaInboundPayload({
      phoneNumberId,
      businessAccountId: number.businessAccountId ?? defaultBusinessAccountId(phoneNumberId),
      waId,
      id,
      name: profileName(input),
      ...(input.username ? { username: input.username } : {}),
      userId: sandboxUserId(input.customer),
      message: metaMessageOf(content, mediaId),
    });
    const appSecret = await this.options.helios.appSecretOf(number);
    const url = `${base}/webhooks/meta/${encodeURIComponent(number.id)}`;
    const webhook = await post(url, payload, metaWebhookHeaders(payload, appSecret));
    return this.record(id, "meta", input, content, webhook);
  }

  private record(
    id: string,
    provider: Provider,
    input: SendBody,
    content: Content,
    webhook: WebhookOutcome,
  ): PhoneMessage {
    if (webhook.status === null || webhook.status >= 300) {
      this.options.log({
        level: "warn",
        message: "sandbox phone: Helios refused the inbound webhook",
        provider,
        url: webhook.url,
        status: webhook.status,
        detail: webhook.detail,
      });
    }
    return {
      id,
      provider,
      number: input.number,
      customer: input.customer,
      kind: input.type,
      text: content.text,
      ...(content.media ? { media: [content.media] } : {}),
      ...(content.location ? { location: content.location } : {}),
      createdAt: new Date(),
      webhook,
    };
  }
}
