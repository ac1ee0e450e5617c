import type { MessageKind } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { BSUID, identityOfAddress } from "../conversation/identity";
import type { InboundMessage } from "../message/inbound";

/** `whatsapp:+E164`, or `whatsapp:US.…` (a business-scoped user id) for a username customer. */
const Address = z
  .string()
  .check(
    z.regex(
      /^whatsapp:(\+\d{6,15}|[A-Z]{2}\.[A-Za-z0-9.]{1,140})$/,
      "From must be a WhatsApp address",
    ),
  );
const Coordinate = z.coerce.number(); // zod 4 numbers are finite

/** Twilio's inbound-message webhook; Twilio adds parameters without notice, so unknown ones pass. */
export const TwilioInboundParams = z.looseObject({
  MessageSid: z.string().check(z.regex(/^(SM|MM)[0-9a-fA-F]{32}$/)),
  From: Address,
  To: z.string(),
  // No upper bound: a long text is stored cut short with a note, never refused (Twilio would retry).
  Body: z._default(z.string(), ""),
  ProfileName: z.optional(z.string().check(z.maxLength(200))),
  /** The business-scoped user id (BSUID), given beside a phone or alone. */
  ExternalUserIdentifier: z.optional(z.string().check(z.regex(BSUID))),
  WaId: z.optional(z.string()),
  NumMedia: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(10)), 0),
  MessageType: z.optional(z.string()),
  Latitude: z.optional(Coordinate),
  Longitude: z.optional(Coordinate),
  Address: z.optional(z.string()),
  Label: z.optional(z.string()),
  ButtonText: z.optional(z.string()),
  OriginalRepliedMessageSid: z.optional(z.string()),
});
export type TwilioInboundParams = z.infer<typeof TwilioInboundParams>;

const MEDIA_KINDS: Record<string, MessageKind> = { image: "image", audio: "audio", video: "video" };

function mediaOf(params: Record<string, unknown>, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    url: String(params[`MediaUrl${i}`] ?? ""),
    contentType: String(params[`MediaContentType${i}`] ?? "application/octet-stream"),
  })).filter((media) => media.url.startsWith("http"));
}

export function twilioInbound(params: TwilioInboundParams, receivedAt: string): InboundMessage {
  const media = mediaOf(params, params.NumMedia);
  const firstType = media[0]?.contentType.split("/")[0] ?? "";
  const hasLocation = params.Latitude !== undefined && params.Longitude !== undefined;
  const kind: MessageKind = hasLocation
    ? "location"
    : media.length > 0
      ? firstType === "image" && params.MessageType === "sticker"
        ? "sticker"
        : (MEDIA_KINDS[firstType] ?? "document")
      : params.ButtonText
        ? "interactive"
        : params.Body
          ? "text"
          : "unsupported";
  const fromAddress = identityOfAddress(params.From);
  const phone =
    fromAddress.phone ?? (/^\d{6,15}$/.test(params.WaId ?? "") ? `+${params.WaId}` : undefined);
  const userId = params.ExternalUserIdentifier ?? fromAddress.userId;
  return {
    providerMessageId: params.MessageSid,
    from: params.From,
    customer: { ...(phone ? { phone } : {}), ...(userId ? { userId } : {}) },
    profileName: params.ProfileName,
    kind,
    text: params.ButtonText ?? params.Body,
    ...(media.length > 0 ? { media } : {}),
    ...(hasLocation
      ? {
          location: {
            latitude: params.Latitude as number,
            longitude: params.Longitude as number,
            ...(params.Label ? { name: params.Label } : {}),
            ...(params.Address ? { address: params.Address } : {}),
          },
        }
      : {}),
    ...(params.OriginalRepliedMessageSid
      ? { replyTo: { providerMessageId: params.OriginalRepliedMessageSid } }
      : {}),
    receivedAt,
  };
}

/** Twilio's status callback: `sending`/`accepted` are still queued; `undelivered` is a failure. */
export const TwilioStatusParams = z.looseObject({
  MessageSid: z.string().check(z.minLength(2)),
  MessageStatus: z.enum([
    "accepted",
    "scheduled",
    "queued",
    "sending",
    "sent",
    "delivered",
    "read",
    "failed",
    "undelivered",
    "canceled",
    "receiving",
    "received",
  ]),
  ErrorCode: z.optional(z.string()),
});
export type TwilioStatusParams = z.infer<typeof TwilioStatusParams>;
