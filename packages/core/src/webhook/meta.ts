import { timingSafeEqual } from "node:crypto";
import { openSecret } from "../crypto/secret-box";
import { forbidden, notFound, validationFailed } from "../errors/app-error";
import { parseInput } from "../errors/validation";
import { META_MEDIA_SCHEME, toMessage } from "../message/message";
import { applyReaction } from "../message/reaction";
import { receiveInbound } from "../message/receive-inbound";
import { applyStatus } from "../message/status";
import { type NumberItem, secretContext } from "../number/number";
import { metaSignatureValid } from "../provider/meta/signature";
import { publish } from "../realtime/publisher";
import { forgetWebhookNumber, webhookNumber, webhookTenant } from "./lookups";
import { MetaWebhookPayload, metaChanges } from "./meta-payload";

async function metaNumber(numberId: string): Promise<NumberItem> {
  const number = await webhookNumber(numberId);
  if (number?.provider !== "meta") throw notFound("number_not_found", "No Meta number has this id");
  return number;
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Meta's subscription handshake: echo the challenge when the verify token is the number's. */
export async function verifyMetaSubscription(
  numberId: string,
  query: Record<string, string | undefined>,
): Promise<string> {
  const number = await metaNumber(numberId);
  const token = query["hub.verify_token"] ?? "";
  if (
    query["hub.mode"] !== "subscribe" ||
    !number.verifyToken ||
    !sameText(token, number.verifyToken)
  ) {
    throw forbidden(
      "verify_token_mismatch",
      "The verify token does not match this number's: copy it again from Helios",
    );
  }
  const challenge = query["hub.challenge"];
  if (!challenge) throw validationFailed("hub.challenge is missing");
  return challenge;
}

/** Without an app secret on the number, Meta's deliveries are taken unsigned (API.md). */
async function signedFor(
  number: NumberItem,
  input: { rawBody: Buffer; signature: string | undefined },
): Promise<boolean> {
  if (!number.appSecretSealed) return true;
  const appSecret = await openSecret(number.appSecretSealed, secretContext(number.id, "appSecret"));
  return (
    input.signature !== undefined &&
    metaSignatureValid({ appSecret, rawBody: input.rawBody, header: input.signature })
  );
}

/**
 * A delivery from Meta: checks X-Hub-Signature-256 over the raw bytes (when the number has an app
 * secret), then stores every message, reaction and status it carries; duplicates change nothing.
 */
export async function receiveMetaWebhook(input: {
  numberId: string;
  rawBody: Buffer;
  signature: string | undefined;
}): Promise<void> {
  let number = await metaNumber(input.numberId);
  if (!(await signedFor(number, input))) {
    // The app secret may have changed since the number was cached: check once more, fresh.
    forgetWebhookNumber(input.numberId);
    number = await metaNumber(input.numberId);
    if (!(await signedFor(number, input)))
      throw forbidden("invalid_signature", "The X-Hub-Signature-256 does not match this request");
  }
  let json: unknown;
  try {
    json = JSON.parse(input.rawBody.toString("utf8"));
  } catch {
    throw validationFailed("The body is not valid JSON");
  }
  const payload = parseInput(MetaWebhookPayload, json);
  const changes = metaChanges(
    payload,
    number.phoneNumberId ?? "",
    (mediaId) => `${META_MEDIA_SCHEME}${mediaId}`,
  );
  const tenantItem = await webhookTenant(number.tenantId);
  if (!tenantItem) throw notFound("tenant_not_found", "The number's workspace no longer exists");
  const tenant = { tenantId: tenantItem.id, slug: tenantItem.slug };

  for (const inbound of changes.messages) await receiveInbound(tenant, number, inbound);
  for (const reaction of changes.reactions) {
    const updated = await applyReaction(number, reaction);
    if (updated) await publish(tenant, { type: "message.updated", data: toMessage(updated) });
  }
  for (const status of changes.statuses) {
    const updated = await applyStatus(number, status);
    if (updated) await publish(tenant, { type: "message.updated", data: toMessage(updated) });
  }
}
