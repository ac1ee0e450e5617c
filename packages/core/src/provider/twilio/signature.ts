// Only the SDK's webhooks module: `import "twilio"` costs ~100 ms and 8 MB in a webhook bundle.
import { getExpectedTwilioSignature, validateRequest } from "twilio/lib/webhooks/webhooks.js";

/** Form parameters as Twilio posted them; a repeated parameter (MediaUrl…) as an array. */
export type TwilioParams = Record<string, string | string[]>;

/**
 * Checks `X-Twilio-Signature`: base64 HMAC-SHA1 with the account's auth token over the URL Twilio
 * called (the public URL, with its query) followed by the POST parameters sorted by name. Twilio's
 * own check, which also tries the URL with and without its default port.
 */
export function twilioSignatureValid(input: {
  authToken: string;
  url: string;
  params: TwilioParams;
  signature: string | undefined;
}): boolean {
  if (!input.signature || !input.authToken) return false;
  try {
    return validateRequest(input.authToken, input.signature, input.url, input.params);
  } catch {
    // An unparsable URL cannot be the one Twilio signed.
    return false;
  }
}

/** The signature Twilio would send for this request (the sandbox signs its callbacks with it). */
export function twilioSignature(authToken: string, url: string, params: TwilioParams): string {
  return getExpectedTwilioSignature(authToken, url, params);
}
