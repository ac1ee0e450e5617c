import type { MessageKind } from "@helios/contracts";
import { z } from "zod";
import { BSUID, identityOfAddress } from "../conversation/identity";
import type { InboundMessage } from "../message/inbound";

/** `whatsapp:+E164`, or `whatsapp:US.…` (a business-scoped user id) for a username customer. */
const Address = z
  .string()
  .regex(
    /^whatsapp:(\+\d{6,15}|[A-Z]{2}\.[A-Za-z0-9.]{1,140})$/,
    "From must be a WhatsApp address",
  );
const Coordinate = z.coerce.number().finite();

/** Twilio's inbound-message webhook; Twilio adds parameters without notice, so unknown ones pass. */
export const TwilioInboundParams = z.looseObject({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/),
  From: Address,
  To: z.string(),
  // No upper bound: a long text is stored cut short with a note, never refused (Twilio would retry).
  Body: z.string().default(""),
  ProfileName: z.string().max(200).optional(),
  /** The business-scoped user id (BSUID), given beside a phone or alone. */
  ExternalUserIdentifier: z.string().regex(BSUID).optional(),
  WaId: z.string().optional(),
  NumMedia: z.coerce.number().int().min(0).max(10).default(0),
  MessageType: z.string().optional(),
  Latitude: Coordinate.optional(),
  Longitude: Coordinate.optional(),
  Address: z.string().optional(),
  Label: z.string().optional(),
  ButtonText: z.string().optional(),
  OriginalRepliedMessageSid: z.string().optional(),
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
  MessageSid: z.string().min(2),
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
  ErrorCode: z.string().optional(),
});
export type TwilioStatusParams = z.infer<typeof TwilioStatusParams>;
