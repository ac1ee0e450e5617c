import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxLog } from "./callbacks";
import { capMap, hex, parseJson, publicBaseUrl, send } from "./http";
import type { MetaSandbox } from "./meta";
import { defaultBusinessAccountId, metaWebhookHeaders } from "./meta-ids";
import { wamid } from "./meta-wire";
import { addressesOf, sandboxUserId } from "./phone-identity";
import { metaInboundPayload, metaMessageOf, twilioInboundParams } from "./phone-inbound";
import { sampleImage, sampleImages } from "./phone-media";
import { phonePage } from "./phone-page";
import {
  type Content,
  contentOf,
  MEDIA_PATH,
  META_STATUS,
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
import type { SandboxRegistry, Webhook } from "./registry";
import { twilioSignature } from "./signatures";
import { TWILIO_SANDBOX_PATH, type TwilioSandbox } from "./twilio";
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

export interface PhoneOptions {
  baseUrl: string;
  registry: SandboxRegistry;
  twilio: TwilioSandbox;
  meta: MetaSandbox;
  log: SandboxLog;
  typing: TypingIndicators;
}

/** Helios's number id in a webhook URL of the path Helios documents (`/webhooks/{provider}/{id}`). */
const numberIdIn = (url: string) => {
  const id = /\/webhooks\/(?:twilio|meta)\/([^/?#]+)/.exec(url)?.[1];
  return id ? decodeURIComponent(id) : url;
};

export class SandboxPhone {
  private readonly sent = new Map<string, PhoneMessage>();

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
        return writeJson(res, 200, { items: this.listNumbers() });
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
   * The numbers the phone can write to: the Twilio senders and Meta phone numbers whose webhook is
   * set in the sandbox, unless Helios refused their last delivery.
   */
  private listNumbers(): PhoneNumberOption[] {
    const { registry } = this.options;
    const options = (provider: Provider, unnamed: (key: string) => string) =>
      registry
        .liveWebhooks(provider === "twilio" ? registry.twilioSenders : registry.metaNumbers)
        .map(({ key, name, webhook }) => ({
          provider,
          address: key,
          numberId: numberIdIn(webhook.url),
          displayName: name ?? unnamed(key),
        }));
    return [
      ...options("twilio", (address) => address),
      ...options("meta", () => "WhatsApp Business"),
    ].slice(0, MAX_LISTED_ADDRESSES);
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
    const content = contentOf(input, publicBaseUrl(this.options.baseUrl));
    const twilio = TWILIO_ADDRESS.test(input.number);
    const message = twilio
      ? await this.postTwilio(input, content)
      : await this.postMeta(input, content);
    this.sent.set(message.id, message);
    capMap(this.sent, MAX_PHONE_MESSAGES);
    return message;
  }

  /** Twilio's inbound-message webhook for WhatsApp, with every parameter Twilio sends. */
  private async postTwilio(input: SendBody, content: Content): Promise<PhoneMessage> {
    const sender = this.options.twilio.senderAt(input.number);
    if (!sender) {
      throw notConnected(
        `No Twilio sender at ${input.number} has a webhook: set the number's webhook URL from Helios (Senders API) first`,
      );
    }
    const { account, webhook } = sender;
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
    const params = twilioInboundParams({
      message: input,
      content,
      sid,
      accountSid: account.sid,
      mediaUrl,
    });
    const outcome = await post(webhook.url, new URLSearchParams(params).toString(), {
      "content-type": "application/x-www-form-urlencoded",
      "user-agent": "TwilioProxy/1.1",
      "i-twilio-idempotency-token": randomUUID(),
      "x-home-region": "us1",
      "x-twilio-signature": twilioSignature(account.authToken, webhook.url, params),
    });
    return this.record(sid, "twilio", input, content, webhook, outcome);
  }

  /** Meta's `whatsapp_business_account` webhook with one message, signed with the app secret. */
  private async postMeta(input: SendBody, content: Content): Promise<PhoneMessage> {
    const phoneNumberId = input.number;
    const destination = this.options.meta.webhookAt(phoneNumberId);
    if (!destination) {
      throw notConnected(
        `No webhook is set for the Meta phone number id ${input.number}: set it from Helios's number first`,
      );
    }
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
      businessAccountId: defaultBusinessAccountId(phoneNumberId),
      waId,
      id,
      name: profileName(input),
      ...(input.username ? { username: input.username } : {}),
      userId: sandboxUserId(input.customer),
      message: metaMessageOf(content, mediaId),
    });
    const { webhook, appSecret } = destination;
    const outcome = await post(webhook.url, payload, metaWebhookHeaders(payload, appSecret));
    return this.record(id, "meta", input, content, webhook, outcome);
  }

  private record(
    id: string,
    provider: Provider,
    input: SendBody,
    content: Content,
    destination: Webhook,
    webhook: WebhookOutcome,
  ): PhoneMessage {
    // A refusal is what Helios answered: the phone stops offering the number until it is set again.
    this.options.registry.answered(destination, webhook.status);
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

const notConnected = (message: string) => new PhoneError(404, "number_not_connected", message);
