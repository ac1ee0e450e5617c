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

/** A stored media reference that is not the account's own: Helios sends no request for it. */
const notOwnMedia = () =>
  new AppError(
    422,
    "media_not_allowed",
    "This attachment does not point to your own provider account's media, so Helios does not fetch it",
  );

/** Graph media ids are numeric. */
const META_MEDIA_ID = /^\d{1,30}$/;

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
  const mediaId = stored.startsWith(META_MEDIA_SCHEME)
    ? stored.slice(META_MEDIA_SCHEME.length)
    : "";
  if (!META_MEDIA_ID.test(mediaId)) throw notOwnMedia();
  const accessToken = await openSecret(accessTokenSealed, secretContext(numberId, "accessToken"));
  try {
    const { url } = await fetchMetaMediaUrl({ mediaId, accessToken });
    return { url, authorization: `Bearer ${accessToken}` };
  } catch (error) {
    if (isProviderError(error)) throw mediaGone();
    throw error;
  }
}

/** `/2010-04-01/Accounts/{AC}/Messages/{MM|SM}/Media/{ME}`: where Twilio keeps a message's media. */
const TWILIO_MEDIA_PATH =
  /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Messages\/(?:MM|SM)[0-9a-fA-F]{32}\/Media\/ME[0-9a-fA-F]{32}$/;

/**
 * Twilio's media URLs take the account's Basic auth, so only a media path of the tenant's own
 * account, on Twilio's API (or the configured stand-in), gets them: a URL from a webhook is never
 * trusted with the credentials elsewhere, nor used to read another account's files.
 */
async function twilioRequest(stored: string, tenantId: string) {
  let url: URL;
  try {
    url = new URL(stored);
  } catch {
    throw notOwnMedia();
  }
  const credentials = await twilioCredentials(tenantId);
  if (!credentials) throw mediaGone();
  const bases = [TWILIO_DEFAULT_BASE_URL, twilioBaseUrl()].map((base) => new URL(base));
  const path = bases
    .filter((base) => base.origin === url.origin && url.pathname.startsWith(base.pathname))
    .map((base) => url.pathname.slice(base.pathname.replace(/\/+$/, "").length))
    .find((rest) => TWILIO_MEDIA_PATH.exec(rest)?.[1] === credentials.accountSid);
  if (path === undefined || url.search !== "" || url.username || url.password) throw notOwnMedia();
  const basic = Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString(
    "base64",
  );
  return { url: url.toString(), authorization: `Basic ${basic}` };
}
