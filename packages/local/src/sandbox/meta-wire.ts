import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { isRecord, send } from "./http";

/** Graph API shapes for what the Meta sandbox emulates (Cloud API messages, media, statuses). */

export interface GraphFailure {
  status: number;
  code: number;
  message: string;
  type?: string;
  subcode?: number;
  details?: string;
}

const fbtraceId = () => `A${randomBytes(16).toString("base64url").slice(0, 22)}`;

/**
 * JSON as Meta serializes it: `/` as `\/` and non-ASCII as `\uXXXX`. A receiver that re-serializes
 * the body instead of keeping the raw bytes fails the signature check, as with the real Meta.
 */
export const metaJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/\//g, "\\/")
    .replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const headers = () => ({
  "content-type": "application/json; charset=UTF-8",
  "facebook-api-version": "v21.0",
  "x-fb-trace-id": fbtraceId(),
});

export const writeGraphJson = (res: ServerResponse, status: number, body: unknown): number =>
  send(res, status, metaJson(body), headers());

/** Graph's error body: `{error: {message, type, code, error_subcode?, error_data?, fbtrace_id}}`. */
export function writeGraphError(res: ServerResponse, failure: GraphFailure): number {
  return writeGraphJson(res, failure.status, {
    error: {
      message: failure.message,
      type: failure.type ?? "OAuthException",
      code: failure.code,
      ...(failure.subcode !== undefined ? { error_subcode: failure.subcode } : {}),
      ...(failure.details
        ? { error_data: { messaging_product: "whatsapp", details: failure.details } }
        : {}),
      fbtrace_id: fbtraceId(),
    },
  });
}

export const invalidToken = (): GraphFailure => ({
  status: 401,
  code: 190,
  message: "Invalid OAuth access token - Cannot parse access token",
});

export const unknownObject = (id: string, method: "get" | "post"): GraphFailure => ({
  status: 400,
  code: 100,
  subcode: 33,
  type: "GraphMethodException",
  message: `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
});

const param = (message: string): GraphFailure => ({
  status: 400,
  code: 100,
  message: `(#100) ${message}`,
});

const MESSAGE_TYPES = [
  "audio",
  "contacts",
  "document",
  "image",
  "interactive",
  "location",
  "reaction",
  "sticker",
  "template",
  "text",
  "video",
] as const;
const MEDIA_TYPES = new Set(["audio", "document", "image", "sticker", "video"]);
const MAX_TEXT = 4096;

export interface ValidSend {
  to: string;
  waId: string;
  type: (typeof MESSAGE_TYPES)[number];
}

const isType = (value: string): value is ValidSend["type"] =>
  (MESSAGE_TYPES as readonly string[]).includes(value);

/** Checks a `POST /{phone-number-id}/messages` body the way Graph answers a wrong one. */
export function validateSend(json: unknown): ValidSend | GraphFailure {
  const body = isRecord(json) ? json : {};
  const product = body.messaging_product;
  if (product === undefined) return param("The parameter messaging_product is required.");
  if (product !== "whatsapp") {
    return param(`Param messaging_product must be one of {WHATSAPP} - got "${String(product)}".`);
  }
  const recipientType = body.recipient_type;
  if (recipientType !== undefined && recipientType !== "individual") {
    return param(
      `Param recipient_type must be one of {INDIVIDUAL} - got "${String(recipientType)}".`,
    );
  }
  // A username customer is reached by their business-scoped user id in `recipient` (`to` wins).
  const recipient = body.recipient;
  const byUserId =
    (typeof body.to !== "string" || body.to.trim() === "") && typeof recipient === "string";
  const to = byUserId ? recipient : body.to;
  if (typeof to !== "string" || to.trim() === "") return param("The parameter to is required.");
  const waId = byUserId ? to.trim() : to.replace(/[\s()+-]/g, "");
  if (byUserId && !/^[A-Z]{2}\.[A-Za-z0-9.]{1,140}$/.test(waId)) {
    return {
      status: 400,
      code: 131009,
      message: "(#131009) Parameter value is not valid",
      details: "Recipient is not a valid business-scoped user ID",
    };
  }
  if (!byUserId && !/^[1-9]\d{6,14}$/.test(waId)) {
    return {
      status: 400,
      code: 131009,
      message: "(#131009) Parameter value is not valid",
      details: "Recipient phone number is not a valid phone number",
    };
  }
  const type = body.type ?? "text";
  if (typeof type !== "string" || !isType(type)) {
    const allowed = MESSAGE_TYPES.map((t) => t.toUpperCase()).join(", ");
    return param(`Param type must be one of {${allowed}} - got "${String(type)}".`);
  }
  const content = body[type];
  if (!isRecord(content)) return param(`The parameter ${type} is required.`);
  if (type === "text") {
    if (typeof content.body !== "string" || content.body === "") {
      return param("The parameter text['body'] is required.");
    }
    if (content.body.length > MAX_TEXT) {
      return param(`Param text['body'] must be at most ${MAX_TEXT} characters long.`);
    }
  }
  if (MEDIA_TYPES.has(type) && typeof content.id !== "string" && typeof content.link !== "string") {
    return param(`The parameter ${type}['id'] or ${type}['link'] is required.`);
  }
  if (type === "template") {
    if (typeof content.name !== "string" || content.name === "") {
      return param("The parameter template['name'] is required.");
    }
    if (!isRecord(content.language) || typeof content.language.code !== "string") {
      return param("The parameter template['language']['code'] is required.");
    }
  }
  if (body.context !== undefined) {
    if (!isRecord(body.context) || typeof body.context.message_id !== "string") {
      return param("The parameter context['message_id'] is required.");
    }
  }
  return { to, waId, type };
}

/**
 * A Cloud API message id: `wamid.` + base64 of the recipient's wa_id and a hex id, the way the real
 * ones are built (`HBgL…`).
 */
export function wamid(waId: string): string {
  const bytes = Buffer.concat([
    Buffer.from([0x1c, 0x18, Math.min(waId.length, 255)]),
    Buffer.from(waId),
    Buffer.from([0x15, 0x02, 0x00, 0x11, 0x18, 0x12]),
    Buffer.from(randomBytes(9).toString("hex").toUpperCase()),
    Buffer.from([0x00]),
  ]);
  return `wamid.${bytes.toString("base64")}`;
}

export interface StatusError {
  code: number;
  title: string;
  details: string;
}

export const STATUS_ERRORS = {
  outsideWindow: {
    code: 131047,
    title: "Re-engagement message",
    details:
      "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
  },
  undeliverable: {
    code: 131026,
    title: "Message undeliverable",
    details: "Message Undeliverable.",
  },
} satisfies Record<string, StatusError>;

export interface StatusWebhookInput {
  businessAccountId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
  messageId: string;
  recipientId: string;
  status: "sent" | "delivered" | "read" | "failed";
  conversation: { id: string; expiresAt: string; category: "service" | "utility" };
  error?: StatusError;
}

/** Meta's `whatsapp_business_account` webhook with one status (entry → changes → value). */
export function statusWebhook(input: StatusWebhookInput) {
  const { status, conversation } = input;
  const billed = status === "sent" || status === "delivered";
  return messagesWebhook(input, {
    statuses: [
      {
        id: input.messageId,
        status,
        timestamp: String(Math.floor(Date.now() / 1000)),
        // A user id (a username customer) is reported as recipient_user_id.
        ...(/^[A-Z]{2}\./.test(input.recipientId)
          ? { recipient_user_id: input.recipientId }
          : { recipient_id: input.recipientId }),
        ...(billed
          ? {
              conversation: {
                id: conversation.id,
                ...(status === "sent" ? { expiration_timestamp: conversation.expiresAt } : {}),
                origin: { type: conversation.category },
              },
              pricing: {
                billable: true,
                pricing_model: "CBP",
                category: conversation.category,
              },
            }
          : {}),
        ...(input.error
          ? {
              errors: [
                {
                  code: input.error.code,
                  title: input.error.title,
                  message: input.error.title,
                  error_data: { details: input.error.details },
                  href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
                },
              ],
            }
          : {}),
      },
    ],
  });
}

/** Meta's webhook envelope: one WhatsApp Business Account entry, one `messages` change. */
export function messagesWebhook(
  input: { businessAccountId: string; phoneNumberId: string; displayPhoneNumber: string },
  value: Record<string, unknown>,
) {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: input.businessAccountId,
        changes: [
          {
            value: {
              messaging_product: "whatsapp",
              metadata: {
                display_phone_number: input.displayPhoneNumber,
                phone_number_id: input.phoneNumberId,
              },
              ...value,
            },
            field: "messages",
          },
        ],
      },
    ],
  };
}
