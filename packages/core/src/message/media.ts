import type { Actor } from "../access/actor";
import { conversationOfTenant } from "../conversation/use-cases";
import { openSecret } from "../crypto/secret-box";
import { AppError, notFound } from "../errors/app-error";
import { twilioCredentials } from "../integration/repository";
import { secretContext } from "../number/number";
import { getNumber } from "../number/repository";
import { isProviderError, providerTimeoutMs } from "../provider/errors";
import { fetchMetaMediaUrl } from "../provider/meta/api";
import { TWILIO_DEFAULT_BASE_URL, twilioBaseUrl } from "../provider/twilio/base-url";
import { META_MEDIA_SCHEME } from "./message";
import { getMessage } from "./repository";

/** A Lambda answer holds 6 MB, base64 included: larger files are left with the provider. */
export const MAX_MEDIA_BYTES = 4_000_000;

export interface MediaFile {
  contentType: string;
  /** Shown in the page, or only downloaded (anything that could run script in Helios's origin). */
  disposition: "inline" | "attachment";
  body: Buffer;
}

const INLINE_TYPES =
  /^(image\/(png|jpeg|gif|webp)|audio\/[\w.+-]+|video\/[\w.+-]+|application\/pdf)$/;

/** A customer's file is shown only when its type cannot carry script (no HTML, no SVG). */
function served(contentType: string): Pick<MediaFile, "contentType" | "disposition"> {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return INLINE_TYPES.test(type)
    ? { contentType: type, disposition: "inline" }
    : { contentType: "application/octet-stream", disposition: "attachment" };
}

const mediaGone = () =>
  new AppError(
    502,
    "media_unavailable",
    "The provider no longer has this file (WhatsApp keeps media for a limited time)",
  );

/**
 * The bytes of one attachment of a message, fetched from the provider with the tenant's
 * credentials: provider media URLs need them, so the browser gets the file from Helios instead.
 */
export async function mediaOf(
  actor: Actor,
  conversationId: string,
  messageId: string,
  index: number,
): Promise<MediaFile> {
  const conversation = await conversationOfTenant(actor, conversationId);
  const message = await getMessage(conversation.id, messageId);
  const media = message?.tenantId === actor.tenantId ? message.media?.[index] : undefined;
  if (!media) throw notFound("media_not_found", "This message has no such attachment");
  const number = await getNumber(conversation.numberId);
  if (!number || number.tenantId !== actor.tenantId) throw mediaGone();

  const request = await (number.provider === "meta"
    ? metaRequest(media.url, number.accessTokenSealed ?? "", number.id)
    : twilioRequest(media.url, number.tenantId));
  let response: Response;
  try {
    response = await fetch(request.url, {
      headers: { authorization: request.authorization },
      signal: AbortSignal.timeout(providerTimeoutMs()),
    });
  } catch {
    throw mediaGone();
  }
  if (!response.ok) throw mediaGone();
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_MEDIA_BYTES) throw tooLarge();
  const body = Buffer.from(await response.arrayBuffer());
  if (body.byteLength > MAX_MEDIA_BYTES) throw tooLarge();
  return { ...served(response.headers.get("content-type") ?? media.contentType), body };
}

const tooLarge = () =>
  new AppError(413, "media_too_large", "This file is too large to show here: open it on the phone");

async function metaRequest(stored: string, accessTokenSealed: string, numberId: string) {
  if (!stored.startsWith(META_MEDIA_SCHEME)) throw mediaGone();
  const accessToken = await openSecret(accessTokenSealed, secretContext(numberId, "accessToken"));
  try {
    const { url } = await fetchMetaMediaUrl({
      mediaId: stored.slice(META_MEDIA_SCHEME.length),
      accessToken,
    });
    return { url, authorization: `Bearer ${accessToken}` };
  } catch (error) {
    if (isProviderError(error)) throw mediaGone();
    throw error;
  }
}

/**
 * Twilio's media URLs take the account's Basic auth. Only Twilio's own origin (or the configured
 * stand-in's) gets the credentials: a URL from a webhook is never trusted with them elsewhere.
 */
async function twilioRequest(stored: string, tenantId: string) {
  const allowed = new Set([
    new URL(TWILIO_DEFAULT_BASE_URL).origin,
    new URL(twilioBaseUrl()).origin,
  ]);
  let url: URL;
  try {
    url = new URL(stored);
  } catch {
    throw mediaGone();
  }
  if (!allowed.has(url.origin)) throw mediaGone();
  const credentials = await twilioCredentials(tenantId);
  if (!credentials) throw mediaGone();
  const basic = Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString(
    "base64",
  );
  return { url: url.toString(), authorization: `Basic ${basic}` };
}
