import { createHmac } from "node:crypto";

/** How the providers sign what they post, as their documentation describes it. */

/**
 * `X-Twilio-Signature`: base64 HMAC-SHA1 with the account's auth token over the URL Twilio calls
 * followed by every POST parameter, sorted by name, as name + value.
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, name) => `${acc}${name}${params[name]}`, url);
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** `X-Hub-Signature-256`: `sha256=` + hex HMAC-SHA256 of the raw body with the app secret. */
export const metaSignature = (appSecret: string, rawBody: string): string =>
  `sha256=${createHmac("sha256", appSecret).update(rawBody).digest("hex")}`;
