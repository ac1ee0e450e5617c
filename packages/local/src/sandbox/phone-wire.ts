import type { ServerResponse } from "node:http";
import { z } from "zod";
import { send } from "./http";
import { sampleImage, sampleImages } from "./phone-media";

/**
 * The sandbox phone's wire: its JSON API's request schemas and answers, the thread it shows, and
 * the small helpers around them. The phone itself (what it does) is phone.ts.
 */

export const PHONE_PATH = "/sandbox/phone";
export const PHONE_API_PATH = `${PHONE_PATH}/api`;
export const MEDIA_PATH = "/sandbox/media";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export const TWILIO_ADDRESS = /^whatsapp:\+[1-9]\d{7,14}$/;
export const META_PHONE_NUMBER_ID = /^\d{5,30}$/;

/** `+1 555 123-0001` or `whatsapp:+15551230001` → `whatsapp:+15551230001`. */
export const normalizeAddress = (value: string) => {
  const compact = value.trim().replace(/[\s()-]/g, "");
  return compact.startsWith("+") ? `whatsapp:${compact}` : compact;
};

/** A username customer's address: their business-scoped user id (`whatsapp:US.1349…`). */
export const USER_ID_ADDRESS = /^whatsapp:[A-Z]{2}\.[A-Za-z0-9.]{1,140}$/;

export const CustomerAddress = z
  .string()
  .transform(normalizeAddress)
  .pipe(
    z
      .string()
      .refine(
        (value) => TWILIO_ADDRESS.test(value) || USER_ID_ADDRESS.test(value),
        "Your number must look like whatsapp:+15551230001 (E.164, 8–15 digits), or a user id like whatsapp:US.715551230001",
      ),
  );

/** A Twilio address (`whatsapp:+E164`) or a Meta phone number id (digits). */
export const NumberRef = z
  .string()
  .transform(normalizeAddress)
  .pipe(
    z
      .string()
      .refine(
        (value) => TWILIO_ADDRESS.test(value) || META_PHONE_NUMBER_ID.test(value),
        "The Helios number is a Twilio address (whatsapp:+14155550123) or a Meta phone number id (digits)",
      ),
  );

export const Name = z.string().trim().max(200).default("");

/** The username shown instead of a phone number (a username customer only). */
export const Username = z.string().trim().max(35).optional();

export const Base = {
  number: NumberRef,
  customer: CustomerAddress,
  name: Name,
  username: Username,
};

export const SendBody = z.discriminatedUnion("type", [
  z.object({
    ...Base,
    type: z.literal("text"),
    text: z.string().trim().min(1, "Write a message first").max(4096),
  }),
  z.object({
    ...Base,
    type: z.literal("image"),
    image: z.enum(sampleImages().map((image) => image.name) as [string, ...string[]]),
    caption: z.string().trim().max(1024).default(""),
  }),
  z.object({
    ...Base,
    type: z.literal("location"),
    location: z.object({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      label: z.string().trim().max(200).optional(),
      address: z.string().trim().max(300).optional(),
    }),
  }),
]);
export type SendBody = z.infer<typeof SendBody>;

export const ThreadQuery = z.object({ number: NumberRef, customer: CustomerAddress });

export type Provider = "twilio" | "meta";

export interface Media {
  url: string;
  contentType: string;
}

export interface Location {
  latitude: number;
  longitude: number;
  label?: string;
  address?: string;
}

export interface WebhookOutcome {
  url: string;
  /** Helios's HTTP status; null when it could not be reached. */
  status: number | null;
  /** Helios's answer (or the network failure) when it was not a 2xx. */
  detail?: string;
}

/** A message the customer sent from the phone. */
export interface PhoneMessage {
  id: string;
  provider: Provider;
  /** The Helios number's provider address: `whatsapp:+E164` or the Meta phone number id. */
  number: string;
  customer: string;
  kind: "text" | "image" | "location";
  text: string;
  media?: Media[];
  location?: Location;
  createdAt: Date;
  webhook: WebhookOutcome;
}

export type ThreadStatus = "queued" | "sent" | "delivered" | "read" | "failed";

export interface ThreadItem {
  id: string;
  direction: "in" | "out";
  kind: string;
  text: string;
  media?: Media[];
  location?: Location;
  status: ThreadStatus;
  error?: { code: string; message: string };
  webhook?: WebhookOutcome;
  createdAt: string;
}

export interface PhoneNumberOption {
  provider: Provider;
  /** What to write to: `whatsapp:+E164` (Twilio) or the phone number id (Meta). */
  address: string;
  numberId: string;
  displayName: string;
}

export class PhoneError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 500,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const TWILIO_STATUS: Record<string, ThreadStatus> = {
  queued: "queued",
  sent: "sent",
  delivered: "delivered",
  read: "read",
  failed: "failed",
  undelivered: "failed",
};

export const META_STATUS: Record<string, ThreadStatus> = {
  accepted: "queued",
  sent: "sent",
  delivered: "delivered",
  read: "read",
  failed: "failed",
};

export interface Content {
  text: string;
  media?: Media;
  image?: { body: Buffer; contentType: string };
  location?: Location;
}

export function contentOf(input: SendBody, base: string): Content {
  if (input.type === "text") return { text: input.text };
  if (input.type === "location") {
    return {
      text: "",
      location: {
        latitude: input.location.latitude,
        longitude: input.location.longitude,
        ...(input.location.label ? { label: input.location.label } : {}),
        ...(input.location.address ? { address: input.location.address } : {}),
      },
    };
  }
  const image = sampleImage(input.image);
  if (!image) throw new PhoneError(400, "validation_failed", "image: no such sample image");
  return {
    text: input.caption,
    media: { url: `${base}${MEDIA_PATH}/${image.name}`, contentType: image.contentType },
    image: { body: image.body, contentType: image.contentType },
  };
}

export const profileName = (input: SendBody) => input.name || "Sandbox customer";

/** The customer's WhatsApp id: their phone's digits, or their user id when they hide the phone. */
export const waIdOf = (address: string) => address.replace(/^whatsapp:\+?/, "");

/** Whether the customer writes as a username customer (a user id, no phone number). */
export const isUserIdAddress = (address: string) => USER_ID_ADDRESS.test(address);

export function toThreadItem(message: PhoneMessage): ThreadItem {
  const ok = message.webhook.status !== null && message.webhook.status < 300;
  return {
    id: message.id,
    direction: "in",
    kind: message.kind,
    text: message.text,
    ...(message.media ? { media: message.media } : {}),
    ...(message.location ? { location: message.location } : {}),
    status: ok ? "delivered" : "failed",
    webhook: message.webhook,
    createdAt: message.createdAt.toISOString(),
  };
}

export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<WebhookOutcome> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    const text = await response.text().catch(() => "");
    return response.status < 300
      ? { url, status: response.status }
      : { url, status: response.status, detail: text.slice(0, 500) };
  } catch (error) {
    return {
      url,
      status: null,
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new PhoneError(400, "validation_failed", `${where}${issue?.message ?? "Invalid input"}`);
}

export const notAllowed = () => new PhoneError(405, "method_not_allowed", "Method not allowed");

export const writeJson = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, JSON.stringify(body), {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });

export const writeError = (res: ServerResponse, error: PhoneError) =>
  writeJson(res, error.status, { error: { code: error.code, message: error.message } });
