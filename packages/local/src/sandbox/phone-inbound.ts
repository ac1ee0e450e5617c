import { createHash } from "node:crypto";
import { defaultDisplayNumber } from "./meta-ids";
import { messagesWebhook, metaJson } from "./meta-wire";
import { sandboxUserId } from "./phone-identity";
import { type Content, isUserIdAddress, profileName, type SendBody, waIdOf } from "./phone-wire";
import { API_VERSION } from "./twilio-wire";

/** What the sandbox phone posts to Helios for one customer message: Twilio's form, Meta's JSON. */

/** Twilio's inbound-message webhook parameters for WhatsApp, every one Twilio sends. */
export function twilioInboundParams(input: {
  message: SendBody;
  content: Content;
  sid: string;
  accountSid: string;
  mediaUrl: string | undefined;
}): Record<string, string> {
  const { message, content, sid, mediaUrl } = input;
  return {
    ...(content.media && mediaUrl
      ? { MediaContentType0: content.media.contentType, MediaUrl0: mediaUrl }
      : {}),
    ...(content.location
      ? {
          Latitude: String(content.location.latitude),
          Longitude: String(content.location.longitude),
          ...(content.location.address ? { Address: content.location.address } : {}),
          ...(content.location.label ? { Label: content.location.label } : {}),
        }
      : {}),
    SmsMessageSid: sid,
    NumMedia: content.media ? "1" : "0",
    ProfileName: profileName(message),
    MessageType: message.type,
    SmsSid: sid,
    ...(isUserIdAddress(message.customer) ? {} : { WaId: waIdOf(message.customer) }),
    ExternalUserIdentifier: sandboxUserId(message.customer),
    SmsStatus: "received",
    Body: content.text,
    To: message.number,
    NumSegments: "1",
    ReferralNumMedia: "0",
    MessageSid: sid,
    AccountSid: input.accountSid,
    From: message.customer,
    ApiVersion: API_VERSION,
  };
}

/** The typed part of a Meta inbound message (`type` and its object) for what the customer sent. */
export function metaMessageOf(
  content: Content,
  mediaId: string | undefined,
): Record<string, unknown> {
  if (content.image && mediaId) {
    return {
      type: "image",
      image: {
        ...(content.text ? { caption: content.text } : {}),
        mime_type: content.image.contentType,
        sha256: createHash("sha256").update(content.image.body).digest("base64"),
        id: mediaId,
      },
    };
  }
  if (content.location) {
    // Meta calls the place's label its name.
    const { label, ...place } = content.location;
    return { type: "location", location: { ...place, ...(label ? { name: label } : {}) } };
  }
  return { type: "text", text: { body: content.text } };
}

/** A Meta `messages` webhook delivery carrying one customer message, as Meta serializes it. */
export function metaInboundPayload(input: {
  phoneNumberId: string;
  businessAccountId: string;
  waId: string;
  id: string;
  name: string;
  username?: string;
  /** The customer's user id, sent beside the phone as Meta does since 2026. */
  userId?: string;
  message: Record<string, unknown>;
}): string {
  // A username customer has no phone: Meta sends their user id (and username) instead of wa_id.
  const hidden = /^[A-Z]{2}\./.test(input.waId);
  const userId = input.userId ? { user_id: input.userId } : {};
  const fromUserId = input.userId ? { from_user_id: input.userId } : {};
  const profile = { name: input.name, ...(input.username ? { username: input.username } : {}) };
  const displayPhoneNumber = defaultDisplayNumber(input.phoneNumberId);
  return metaJson(
    messagesWebhook(
      { ...input, displayPhoneNumber },
      {
        contacts: [
          hidden ? { profile, user_id: input.waId } : { profile, wa_id: input.waId, ...userId },
        ],
        messages: [
          {
            ...(hidden ? { from_user_id: input.waId } : { from: input.waId, ...fromUserId }),
            id: input.id,
            timestamp: String(Math.floor(Date.now() / 1000)),
            ...input.message,
          },
        ],
      },
    ),
  );
}
