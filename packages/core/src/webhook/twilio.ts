import type { TwilioCredentials } from "@helios/contracts";
import { forbidden, notFound } from "../errors/app-error";
import { parseInput } from "../errors/validation";
import { nowIso } from "../ids";
import { toMessage } from "../message/message";
import { receiveInbound } from "../message/receive-inbound";
import { applyStatus } from "../message/status";
import type { NumberItem } from "../number/number";
import { twilioSignatureValid } from "../provider/twilio/signature";
import { publish } from "../realtime/publisher";
import { webhookNumber, webhookTenant, webhookTwilioCredentials } from "./lookups";
import { TwilioInboundParams, TwilioStatusParams, twilioInbound } from "./twilio-params";

export interface TwilioWebhook {
  numberId: string;
  /** The public URL Twilio called (with its query string), which the signature covers. */
  url: string;
  params: Record<string, string>;
  signature: string | undefined;
}

/** The number a webhook is for, once its signature proves it comes from the tenant's Twilio account. */
async function verifiedNumber(webhook: TwilioWebhook): Promise<NumberItem> {
  const number = await webhookNumber(webhook.numberId);
  if (number?.provider !== "twilio")
    throw notFound("number_not_found", "No Twilio number has this id");
  if (signedBy(await webhookTwilioCredentials(number.tenantId), webhook)) return number;
  // The token may have been replaced since it was cached: check once more against the stored one.
  if (signedBy(await webhookTwilioCredentials(number.tenantId, true), webhook)) return number;
  throw forbidden("invalid_signature", "The X-Twilio-Signature does not match this request");
}

function signedBy(credentials: TwilioCredentials | undefined, webhook: TwilioWebhook): boolean {
  return (
    credentials !== undefined &&
    webhook.signature !== undefined &&
    twilioSignatureValid({
      authToken: credentials.authToken,
      url: webhook.url,
      params: webhook.params,
      signature: webhook.signature,
    })
  );
}

async function tenantOf(number: NumberItem) {
  const tenant = await webhookTenant(number.tenantId);
  if (!tenant) throw notFound("tenant_not_found", "The number's workspace no longer exists");
  return { tenantId: tenant.id, slug: tenant.slug };
}

/** An inbound WhatsApp message through Twilio: stored once, then pushed to the tenant live. */
export async function receiveTwilioMessage(webhook: TwilioWebhook): Promise<void> {
  const number = await verifiedNumber(webhook);
  if (number.disconnectedAt) {
    throw forbidden(
      "number_disconnected",
      "This address is now connected by its verified owner: this number no longer receives messages",
    );
  }
  const params = parseInput(TwilioInboundParams, webhook.params);
  await receiveInbound(await tenantOf(number), number, twilioInbound(params, nowIso()));
}

const STATUS_OF = {
  accepted: "queued",
  scheduled: "queued",
  queued: "queued",
  sending: "queued",
  sent: "sent",
  delivered: "delivered",
  read: "read",
  failed: "failed",
  undelivered: "failed",
  canceled: "failed",
} as const;

/** A status callback: moves the message forward (never back) and pushes the change live. */
export async function receiveTwilioStatus(webhook: TwilioWebhook): Promise<void> {
  const number = await verifiedNumber(webhook);
  const params = parseInput(TwilioStatusParams, webhook.params);
  if (params.MessageStatus === "receiving" || params.MessageStatus === "received") return;
  const updated = await applyStatus(number, {
    providerMessageId: params.MessageSid,
    status: STATUS_OF[params.MessageStatus],
    errorCode: params.ErrorCode,
  });
  if (updated)
    await publish(await tenantOf(number), { type: "message.updated", data: toMessage(updated) });
}
