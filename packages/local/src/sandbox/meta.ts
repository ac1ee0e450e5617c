import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Callback, CallbackDispatcher, CallbackStep, SandboxLog } from "./callbacks";
import { holdUntilClosed, type SendFaults } from "./faults";
import { bearerToken, capMap, capSet, hex, isRecord, parseJson, send } from "./http";
import { handleMetaApps, META_APPS_PATH } from "./meta-apps";
import {
  defaultBusinessAccountId,
  defaultDisplayNumber,
  formatDisplayNumber,
  metaWebhookHeaders,
  numericId,
} from "./meta-ids";
import { applyReadStatus } from "./meta-read";
import { type MetaSentMessage, sentContentOf } from "./meta-sent";
import { handleMetaTemplates, renderTemplateSend, templatesAccountOf } from "./meta-templates";
import { type MetaWebhookRegistration, metaWebhookFor } from "./meta-webhooks";
import {
  invalidToken,
  metaJson,
  STATUS_ERRORS,
  type StatusError,
  type StatusWebhookInput,
  statusWebhook,
  unknownObject,
  validateSend,
  wamid,
  writeGraphError,
  writeGraphJson,
} from "./meta-wire";
import type { SandboxRegistry, Webhook } from "./registry";
import type { TypingIndicators } from "./typing";

export const META_SANDBOX_PATH = "/_sandbox/meta";
export const META_GRAPH_VERSION = "v21.0";

/** Magic values of the Meta sandbox. */
export const META_MAGIC = {
  /** Shorter access tokens are refused (190). */
  minTokenLength: 20,
  /** Access tokens starting with this are refused (401, code 190). */
  invalidTokenPrefix: "INVALID",
  /** A non-template message to this wa_id ends `failed` with 131047 (outside the 24-hour window). */
  outsideWindowTo: "15005550010",
  /** A message to this wa_id ends `failed` with 131026 (undeliverable). */
  undeliverableTo: "15005550009",
  /**
   * Phone number ids of the sandbox's business are 15 or 16 digits, as Graph's are (any valid token
   * reads them); other ids are unknown objects (400, code 100), like this one.
   */
  unknownPhoneNumberId: "999999999",
} as const;

/** See META_MAGIC.unknownPhoneNumberId. */
const PHONE_NUMBER_ID = /^[1-9]\d{14,15}$/;
const MAX_MEDIA = 500;
const MAX_MESSAGES = 5000;
const DAY_SECONDS = 24 * 60 * 60;

interface StoredMedia {
  id: string;
  body: Buffer;
  mimeType: string;
  sha256: string;
}

/**
 * The WhatsApp Cloud API (Graph) for what Helios calls: send a message to
 * `/{phone-number-id}/messages`, read a media object, download its bytes; then status webhooks
 * (`sent` → `delivered` → `read`) to the URL registered for the phone number id.
 */
export class MetaSandbox {
  private readonly media = new Map<string, StoredMedia>();
  private readonly conversations = new Map<string, { id: string; expiresAt: number }>();
  private readonly unregisteredWarned = new Set<string>();
  private readonly messages = new Map<string, MetaSentMessage>();

  constructor(
    private readonly registry: SandboxRegistry,
    private readonly baseUrl: string,
    private readonly callbacks: CallbackDispatcher,
    private readonly log: SandboxLog,
    private readonly faults: SendFaults,
    private readonly typing: TypingIndicators,
  ) {}

  /** Where a phone number's webhooks go, with its app's secret (none: its webhook is not set). */
  webhookAt(phoneNumberId: string): { webhook: Webhook; appSecret: string } | undefined {
    const number = this.registry.metaNumbers.get(phoneNumberId);
    const app = number?.appId ? this.registry.metaApps.get(number.appId) : undefined;
    return number?.webhook && app ? { webhook: number.webhook, appSecret: app.secret } : undefined;
  }

  /** The messages sent from a phone number id to a wa_id, oldest first. */
  messagesBetween(phoneNumberId: string, waId: string): readonly MetaSentMessage[] {
    return [...this.messages.values()].filter(
      (m) => m.phoneNumberId === phoneNumberId && m.waId === waId,
    );
  }

  /** Stores bytes the sandbox serves as a media object; returns its media id. */
  addMedia(input: { body: Buffer; mimeType: string }): string {
    const id = numericId(16);
    const sha256 = createHash("sha256").update(input.body).digest("hex");
    this.media.set(id, { id, body: input.body, mimeType: input.mimeType, sha256 });
    capMap(this.media, MAX_MEDIA);
    return id;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) {
    const path = url.pathname.slice(META_SANDBOX_PATH.length);
    const method = req.method ?? "GET";
    if (path === META_APPS_PATH || path.startsWith(`${META_APPS_PATH}/`)) {
      return handleMetaApps(this.registry, req, res, path, body);
    }
    const token = bearerToken(req, url);
    if (!token) {
      return writeGraphError(res, {
        status: 400,
        code: 104,
        message: "An access token is required to request this resource.",
      });
    }
    if (
      token.length < META_MAGIC.minTokenLength ||
      token.startsWith(META_MAGIC.invalidTokenPrefix)
    ) {
      return writeGraphError(res, invalidToken());
    }

    const download = /^\/media\/(\d+)$/.exec(path);
    if (download?.[1] && method === "GET") return this.download(res, download[1]);

    const wabaId = templatesAccountOf(path);
    if (wabaId) return handleMetaTemplates(res, { method, wabaId, url });
    const route = /^\/v\d+\.\d+\/([^/]+)(\/messages)?\/?$/.exec(path);
    if (!route?.[1]) {
      return writeGraphError(res, {
        status: 400,
        code: 2500,
        message: `Unknown path components: ${path}`,
      });
    }
    const id = decodeURIComponent(route[1]);
    if (route[2]) {
      if (method !== "POST" || !/^\d+$/.test(id)) {
        return writeGraphError(res, unknownObject(id, method === "POST" ? "post" : "get"));
      }
      return this.sendMessage(res, id, token, body);
    }
    if (method !== "GET") return writeGraphError(res, unknownObject(id, "post"));
    return this.getNode(res, id, token);
  }

  /** A phone number id used with a token: it belongs to the token's app, as far as Meta knows. */
  private learn(phoneNumberId: string, token: string) {
    const known = this.registry.metaNumbers.get(phoneNumberId);
    const appId = known?.appId ?? this.registry.metaAppByToken(token)?.id;
    this.registry.put(this.registry.metaNumbers, phoneNumberId, {
      ...known,
      ...(appId ? { appId } : {}),
    });
  }

  private getNode(res: ServerResponse, id: string, token: string) {
    const media = this.media.get(id);
    if (media) {
      return writeGraphJson(res, 200, {
        url: `${this.baseUrl}${META_SANDBOX_PATH}/media/${media.id}?mid=${media.id}&ext=${Math.floor(Date.now() / 1000)}&hash=${hex(8)}`,
        mime_type: media.mimeType,
        sha256: media.sha256,
        file_size: media.body.length,
        id: media.id,
        messaging_product: "whatsapp",
      });
    }
    if (this.registry.metaNumbers.has(id) || metaWebhookFor(id) || PHONE_NUMBER_ID.test(id)) {
      this.learn(id, token);
      const display = metaWebhookFor(id)?.displayPhoneNumber ?? defaultDisplayNumber(id);
      return writeGraphJson(res, 200, {
        verified_name: "Helios Sandbox",
        code_verification_status: "NOT_VERIFIED",
        display_phone_number: formatDisplayNumber(display.replace(/\D/g, "")),
        quality_rating: "GREEN",
        platform_type: "CLOUD_API",
        throughput: { level: "STANDARD" },
        id,
      });
    }
    return writeGraphError(res, unknownObject(id, "get"));
  }

  private download(res: ServerResponse, id: string) {
    const media = this.media.get(id);
    if (!media) return send(res, 404, "Not found", { "content-type": "text/plain" });
    return send(res, 200, media.body, { "content-type": media.mimeType });
  }

  private sendMessage(res: ServerResponse, phoneNumberId: string, token: string, body: Buffer) {
    const json = parseJson(body);
    if (isRecord(json) && json.status !== undefined) return this.markRead(res, json);
    const checked = validateSend(parseJson(body));
    if ("code" in checked) return writeGraphError(res, checked);
    const fault = this.faults.take(checked.waId);
    if (fault === "unavailable") {
      return writeGraphError(res, {
        status: 503,
        code: 2,
        message: "Service temporarily unavailable",
      });
    }
    if (fault === "unauthorized") {
      return writeGraphError(res, {
        status: 401,
        code: 190,
        subcode: 463,
        message: "Error validating access token: Session has expired.",
      });
    }
    if (fault === "timeout") return holdUntilClosed(res);
    const rendered = checked.type === "template" ? renderTemplateSend(json) : undefined;
    if (rendered && "code" in rendered) return writeGraphError(res, rendered);
    this.learn(phoneNumberId, token);

    const messageId = wamid(checked.waId);
    const template = checked.type === "template";
    const now = new Date();
    const sent: MetaSentMessage = {
      id: messageId,
      phoneNumberId,
      waId: checked.waId,
      type: checked.type,
      ...sentContentOf(json, checked.type),
      ...(rendered ? { text: rendered.text } : {}),
      status: "accepted",
      createdAt: now,
      updatedAt: now,
    };
    this.messages.set(messageId, sent);
    capMap(this.messages, MAX_MESSAGES);
    const conversation = this.conversationFor(phoneNumberId, checked.waId, template);
    let error: StatusError | undefined;
    if (checked.waId === META_MAGIC.undeliverableTo) error = STATUS_ERRORS.undeliverable;
    if (checked.waId === META_MAGIC.outsideWindowTo && !template) {
      error = STATUS_ERRORS.outsideWindow;
    }
    const statuses = error ? (["failed"] as const) : (["sent", "delivered", "read"] as const);
    this.callbacks.sequence(
      statuses.map(
        (status): CallbackStep =>
          () =>
            this.statusCallback(sent, {
              phoneNumberId,
              messageId,
              recipientId: checked.waId,
              status,
              conversation,
              ...(error ? { error } : {}),
            }),
      ),
    );
    return writeGraphJson(res, 200, {
      messaging_product: "whatsapp",
      contacts: [
        /^[A-Z]{2}\./.test(checked.waId)
          ? { input: checked.to, user_id: checked.waId }
          : { input: checked.to, wa_id: checked.waId },
      ],
      messages: [{ id: messageId, ...(template ? { message_status: "accepted" } : {}) }],
    });
  }

  /** A read status (and typing indicator) for one of the customer's messages. */
  private markRead(res: ServerResponse, json: Record<string, unknown>) {
    const failure = applyReadStatus(json, this.typing);
    return failure ? writeGraphError(res, failure) : writeGraphJson(res, 200, { success: true });
  }

  /** One conversation per number and customer for 24 hours, as Meta bills them. */
  private conversationFor(phoneNumberId: string, waId: string, template: boolean) {
    const key = `${phoneNumberId}:${waId}`;
    const now = Math.floor(Date.now() / 1000);
    let current = this.conversations.get(key);
    if (!current || current.expiresAt <= now) {
      current = { id: hex(16), expiresAt: now + DAY_SECONDS };
      this.conversations.set(key, current);
      capMap(this.conversations, 5000);
    }
    return {
      id: current.id,
      expiresAt: String(current.expiresAt),
      category: template ? ("utility" as const) : ("service" as const),
    };
  }

  private async statusCallback(
    sent: MetaSentMessage,
    input: Omit<StatusWebhookInput, "businessAccountId" | "displayPhoneNumber">,
  ): Promise<Callback | undefined> {
    sent.status = input.status;
    sent.updatedAt = new Date();
    const registration = this.destination(input.phoneNumberId);
    if (!registration) return undefined;
    const payload = metaJson(
      statusWebhook({
        ...input,
        businessAccountId:
          registration.businessAccountId ?? defaultBusinessAccountId(input.phoneNumberId),
        displayPhoneNumber: (
          registration.displayPhoneNumber ?? defaultDisplayNumber(input.phoneNumberId)
        ).replace(/\D/g, ""),
      }),
    );
    return {
      provider: "meta" as const,
      url: registration.url,
      headers: metaWebhookHeaders(payload, registration.appSecret),
      body: payload,
      about: { messageId: input.messageId, status: input.status },
    };
  }

  /**
   * Where the webhooks of a phone number id go: its registration (in-process tests), else the
   * webhook set for it in the sandbox's dashboard, signed with its app's secret.
   */
  private destination(phoneNumberId: string): MetaWebhookRegistration | undefined {
    const registered = metaWebhookFor(phoneNumberId);
    if (registered) return registered;
    const configured = this.webhookAt(phoneNumberId);
    if (configured) return { url: configured.webhook.url, appSecret: configured.appSecret };
    if (!this.unregisteredWarned.has(phoneNumberId)) {
      this.unregisteredWarned.add(phoneNumberId);
      capSet(this.unregisteredWarned, MAX_MESSAGES);
      this.log({
        level: "info",
        message:
          "sandbox: no Meta webhook registered or set for this phone number id (POST /_sandbox/meta/apps/{app}/webhooks); statuses dropped",
        phoneNumberId,
      });
    }
    return undefined;
  }
}
