import { createHash, createHmac, randomBytes } from "node:crypto";
import { metaSignature } from "./signatures";

/** The Meta sandbox's ids and numbers, and the signed headers of its webhook deliveries. */

/** Graph ids are numeric: a leading 1, then one decimal digit per byte. */
const digitsOf = (bytes: Uint8Array) => `1${Array.from(bytes, (b) => b % 10).join("")}`;

export const numericId = (digits: number) => digitsOf(randomBytes(digits - 1));

/** A stable numeric id from a seed (the default WhatsApp Business Account of a phone number id). */
const derivedNumericId = (seed: string, digits: number) =>
  digitsOf(
    createHash("sha256")
      .update(seed)
      .digest()
      .subarray(0, digits - 1),
  );

export const defaultDisplayNumber = (phoneNumberId: string) =>
  `1555${phoneNumberId.slice(-7).padStart(7, "0")}`;

export const formatDisplayNumber = (digits: string) =>
  /^1\d{10}$/.test(digits)
    ? `+1 ${digits.slice(1, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`
    : `+${digits}`;

/** The WABA id of a phone number id's payloads when nobody said otherwise. */
export const defaultBusinessAccountId = (phoneNumberId: string) =>
  derivedNumericId(`waba:${phoneNumberId}`, 15);

/** The headers of a Meta webhook delivery, signed (`X-Hub-Signature-256` and the legacy SHA-1). */
export function metaWebhookHeaders(payload: string, appSecret?: string): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "facebookexternalua",
  };
  if (appSecret) {
    headers["x-hub-signature-256"] = metaSignature(appSecret, payload);
    headers["x-hub-signature"] =
      `sha1=${createHmac("sha1", appSecret).update(payload).digest("hex")}`;
  }
  return headers;
}
