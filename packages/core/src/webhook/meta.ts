import { timingSafeEqual } from "node:crypto";
import type { z } from "zod/mini";
import { openSecret } from "../crypto/secret-box";
import { forbidden, notFound, validationFailed } from "../errors/app-error";
import { parseInput } from "../errors/validation";
import { logger } from "../logger";
import { META_MEDIA_SCHEME, toMessage } from "../message/message";
import { applyReaction } from "../message/reaction";
import { receiveInbound } from "../message/receive-inbound";
import { applyStatus } from "../message/status";
import { type NumberItem, secretContext } from "../number/number";
import { metaSignatureValid } from "../provider/meta/signature";
import { publish, tenantAudience } from "../realtime/publisher";
import { webhookNumber, webhookTenant } from "./lookups";
import { MetaWebhookPayload, metaChanges } from "./meta-payload";
import { enqueueMetaItems, INLINE_ITEMS_MAX, type MetaDeliveryJob } from "./meta-queue";
import { splitMetaDelivery } from "./meta-split";

async function metaNumber(numberId: string, fresh = false): Promise<NumberItem> {
  const number = await webhookNumber(numberId, fresh);
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

/**
 * Whether X-Hub-Signature-256 proves the delivery comes from the number's Meta app. A number without
 * an app secret can prove nothing, so its deliveries are refused: anyone may know a webhook URL.
 */
async function signedFor(
  number: NumberItem,
  input: { rawBody: Buffer; signature: string | undefined },
): Promise<boolean> {
  if (!number.appSecretSealed) return false;
  const appSecret = await openSecret(number.appSecretSealed, secretContext(number.id, "appSecret"));
  return (
    input.signature !== undefined &&
    metaSignatureValid({ appSecret, rawBody: input.rawBody, header: input.signature })
  );
}

/**
 * A delivery from Meta: checks X-Hub-Signature-256 over the raw bytes, then stores what it carries.
 * A small delivery is stored at once; a large one (Meta batches up to 1,000 items) is handed to the
 * queue, each customer's items in order (meta-queue.ts), so the answer comes in a bounded time
 * whatever the size. Duplicates change nothing either way.
 */
export async function receiveMetaWebhook(input: {
  numberId: string;
  rawBody: Buffer;
  signature: string | undefined;
}): Promise<void> {
  const number = await signedNumber(input);
  let json: unknown;
  try {
    json = JSON.parse(input.rawBody.toString("utf8"));
  } catch {
    throw validationFailed("The body is not valid JSON");
  }
  const payload = parseInput(MetaWebhookPayload, json);
  const items = splitMetaDelivery(payload);
  if (items.length <= INLINE_ITEMS_MAX) return storeMetaPayload(number, payload);
  const tooLarge = await enqueueMetaItems(number.id, items);
  for (const item of tooLarge) {
    await storeMetaPayload(number, parseInput(MetaWebhookPayload, item.payload));
  }
}

/** The queue's side: one customer's items of a delivery whose signature was checked on arrival. */
export async function storeMetaDeliveryItems(job: MetaDeliveryJob): Promise<void> {
  const number = await webhookNumber(job.numberId);
  // A number deleted or displaced since the delivery arrived has nowhere to store it.
  if (number?.provider !== "meta" || number.disconnectedAt) {
    logger.warn("meta delivery items dropped: the number is gone", { numberId: job.numberId });
    return;
  }
  // In order: a retry after a failure repeats the stored ones, which their dedupe markers skip.
  for (const payload of job.payloads) {
    await storeMetaPayload(number, MetaWebhookPayload.parse(payload));
  }
}

async function signedNumber(input: {
  numberId: string;
  rawBody: Buffer;
  signature: string | undefined;
}): Promise<NumberItem> {
  let number = await metaNumber(input.numberId);
  if (!(await signedFor(number, input))) {
    // The app secret may have changed since the number was cached: check once more, fresh.
    number = await metaNumber(input.numberId, true);
    if (!number.appSecretSealed) {
      throw forbidden(
        "app_secret_missing",
        "This number has no App Secret in Helios, so Meta's signature cannot be checked: add the App Secret to the number to receive messages",
      );
    }
    if (!(await signedFor(number, input)))
      throw forbidden("invalid_signature", "The X-Hub-Signature-256 does not match this request");
  }
  if (number.disconnectedAt) {
    throw forbidden(
      "number_disconnected",
      "This phone number id is now connected by its verified owner: this number no longer receives messages",
    );
  }
  return number;
}

/** Stores every message, reaction and status of a (parsed) payload for the number, in order. */
async function storeMetaPayload(
  number: NumberItem,
  payload: z.infer<typeof MetaWebhookPayload>,
): Promise<void> {
  const changes = metaChanges(
    payload,
    number.phoneNumberId ?? "",
    (mediaId) => `${META_MEDIA_SCHEME}${mediaId}`,
  );
  const tenantItem = await webhookTenant(number.tenantId);
  if (!tenantItem) throw notFound("tenant_not_found", "The number's workspace no longer exists");
  const tenant = { tenantId: tenantItem.id, slug: tenantItem.slug };

  // The tenant's connections are looked up once for the whole delivery (up to 1,000 items).
  const audience = tenantAudience(tenant.tenantId);
  for (const inbound of changes.messages) await receiveInbound(tenant, number, inbound, audience);
  for (const reaction of changes.reactions) {
    const updated = await applyReaction(number, reaction);
    if (updated)
      await publish(tenant, { type: "message.updated", data: toMessage(updated) }, audience);
  }
  for (const status of changes.statuses) {
    const updated = await applyStatus(number, status);
    if (updated)
      await publish(tenant, { type: "message.updated", data: toMessage(updated) }, audience);
  }
}
