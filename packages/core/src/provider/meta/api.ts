import * as z from "@helios/contracts/zod";
import { ProviderAuthError, ProviderRequestError, providerTimeoutMs, unavailable } from "../errors";

/** Graph API base with its version; `META_GRAPH_BASE_URL` replaces it (the local sandbox, tests). */
export const META_DEFAULT_GRAPH_BASE_URL = "https://graph.facebook.com/v21.0";

export const metaGraphBaseUrl = (): string =>
  (process.env.META_GRAPH_BASE_URL?.trim() || META_DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, "");

export interface MetaTextMessage {
  phoneNumberId: string;
  accessToken: string;
  /**
   * The customer's WhatsApp id or phone number (`15551234567`, `+15551234567`), or their
   * business-scoped user id (`US.1349…`), which Graph takes as `recipient` instead of `to`.
   */
  to: string;
  text: string;
  /** Quote this (inbound) message: Graph's `context.message_id`. */
  replyToMessageId?: string;
}

export interface MetaMedia {
  /** Where to download the bytes (with the same access token); short-lived. */
  url: string;
  mimeType: string;
  sha256?: string;
  fileSize?: number;
}

const SendResponse = z.object({
  messaging_product: z.optional(z.literal("whatsapp")),
  // A username customer is answered with `user_id` instead of `wa_id`.
  contacts: z.optional(
    z.array(
      z.object({
        input: z.string(),
        wa_id: z.optional(z.string()),
        user_id: z.optional(z.string()),
      }),
    ),
  ),
  messages: z.array(z.object({ id: z.string().check(z.minLength(1)) })).check(z.minLength(1)),
});

const MediaResponse = z.object({
  url: z.url(),
  mime_type: z.string().check(z.minLength(1)),
  sha256: z.optional(z.string()),
  file_size: z.optional(z.coerce.number()),
  id: z.optional(z.string()),
});

const GraphErrorBody = z.object({
  error: z.object({
    message: z.optional(z.string()),
    type: z.optional(z.string()),
    code: z.int(),
    error_subcode: z.optional(z.int()),
    error_data: z.optional(z.object({ details: z.optional(z.string()) })),
    fbtrace_id: z.optional(z.string()),
  }),
});

/** A username customer's id (`US.1349…`): sent as `recipient`, since there is no phone for `to`. */
const BUSINESS_SCOPED_USER_ID = /^[A-Z]{2}\.[A-Za-z0-9.]{1,140}$/;

/** `POST /{phone-number-id}/messages` with a text message; Graph answers with the `wamid`. */
export async function sendMetaText(message: MetaTextMessage): Promise<{ messageId: string }> {
  return sendMetaMessage(message, {
    type: "text",
    text: { body: message.text },
    ...(message.replyToMessageId ? { context: { message_id: message.replyToMessageId } } : {}),
  });
}

export interface MetaTemplateMessage extends Omit<MetaTextMessage, "text" | "replyToMessageId"> {
  name: string;
  language: string;
  /** The body's variables by key: positional (`"1"`, `"2"`) or named (`"name"`). */
  variables: Record<string, string>;
}

/** `POST /{phone-number-id}/messages` with `type: "template"` and its body parameters. */
export async function sendMetaTemplate(
  message: MetaTemplateMessage,
): Promise<{ messageId: string }> {
  const entries = Object.entries(message.variables);
  const positional = entries.every(([key]) => /^\d+$/.test(key));
  const parameters = positional
    ? entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, text]) => ({ type: "text", text }))
    : entries.map(([key, text]) => ({ type: "text", parameter_name: key, text }));
  return sendMetaMessage(message, {
    type: "template",
    template: {
      name: message.name,
      language: { code: message.language },
      ...(parameters.length ? { components: [{ type: "body", parameters }] } : {}),
    },
  });
}

async function sendMetaMessage(
  message: Pick<MetaTextMessage, "phoneNumberId" | "accessToken" | "to">,
  content: Record<string, unknown>,
): Promise<{ messageId: string }> {
  const to = message.to.replace(/^whatsapp:/, "");
  const body = {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    ...(BUSINESS_SCOPED_USER_ID.test(to) ? { recipient: to } : { to }),
    ...content,
  };
  const answer = await graphRequest(
    `/${encodeURIComponent(message.phoneNumberId)}/messages`,
    message.accessToken,
    SendResponse,
    { method: "POST", body },
  );
  const [first] = answer.messages;
  if (!first) throw unavailable("meta", 200, new Error("Graph returned no message id"));
  return { messageId: first.id };
}

/** `GET /{media-id}`: the download URL and type of a media object (inbound image, document, …). */
export async function fetchMetaMediaUrl(input: {
  mediaId: string;
  accessToken: string;
}): Promise<MetaMedia> {
  const media = await graphRequest(
    `/${encodeURIComponent(input.mediaId)}`,
    input.accessToken,
    MediaResponse,
  );
  return {
    url: media.url,
    mimeType: media.mime_type,
    ...(media.sha256 ? { sha256: media.sha256 } : {}),
    ...(media.file_size !== undefined ? { fileSize: media.file_size } : {}),
  };
}

const PhoneNumberResponse = z.object({
  display_phone_number: z.string().check(z.minLength(1)),
  verified_name: z.optional(z.string()),
  id: z.optional(z.string()),
});

export interface MetaPhoneNumber {
  /** As Meta shows it, e.g. `+1 555-010-0123`. */
  displayPhoneNumber: string;
  verifiedName?: string;
}

/**
 * `GET /{phone-number-id}?fields=display_phone_number,verified_name` with the token: answers only
 * when the token may use that phone number (a wrong id → code 100, a bad token → 190).
 */
export async function fetchMetaPhoneNumber(input: {
  phoneNumberId: string;
  accessToken: string;
}): Promise<MetaPhoneNumber> {
  const number = await graphRequest(
    `/${encodeURIComponent(input.phoneNumberId)}?fields=display_phone_number,verified_name`,
    input.accessToken,
    PhoneNumberResponse,
  );
  return {
    displayPhoneNumber: number.display_phone_number,
    ...(number.verified_name ? { verifiedName: number.verified_name } : {}),
  };
}

/** Graph codes that mean "not now" rather than "no": retry later. */
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 341, 80007, 130429, 131016]);

export async function graphRequest<S extends z.ZodMiniType>(
  path: string,
  accessToken: string,
  schema: S,
  options: { method?: "GET" | "POST"; body?: unknown } = {},
): Promise<z.infer<S>> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${metaGraphBaseUrl()}${path}`, {
      method: options.method ?? "GET",
      headers: {
        authorization: `Bearer ${accessToken}`,
        accept: "application/json",
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal: AbortSignal.timeout(providerTimeoutMs()),
    });
    text = await response.text();
  } catch (error) {
    throw unavailable("meta", undefined, error);
  }
  const json = parseJson(text);
  if (!response.ok) throw fromGraphError(response.status, json);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw unavailable("meta", response.status, new Error(`Unexpected Graph answer: ${text}`));
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A Graph error answer (`{error: {code, message, error_subcode, error_data}}`) as a provider error. */
export function fromGraphError(status: number, body: unknown): Error {
  const parsed = GraphErrorBody.safeParse(body);
  if (!parsed.success) {
    if (status === 401) return new ProviderAuthError("meta", "190", "Unauthorized", status);
    if (status >= 500 || status === 429) return unavailable("meta", status);
    return new ProviderRequestError("meta", String(status), `Meta answered HTTP ${status}`, status);
  }
  const { code, message, error_data } = parsed.data.error;
  const text = message || `Graph error ${code}`;
  if (code === 190 || status === 401) {
    return new ProviderAuthError("meta", String(code), text, status);
  }
  if (status >= 500 || status === 429 || TRANSIENT_CODES.has(code)) {
    return unavailable("meta", status, new Error(`Graph error ${code}: ${text}`));
  }
  return new ProviderRequestError("meta", String(code), text, status, error_data?.details);
}
