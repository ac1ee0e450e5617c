import type { MessageKind } from "@helios/contracts";
import { z } from "zod";
import { BSUID, type CustomerIdentity, replyAddress } from "../conversation/identity";
import type { IdentityChange, InboundMessage } from "../message/inbound";

const Phone = z.string().regex(/^\d{6,15}$/);
const UserId = z.string().regex(BSUID);

export const MetaError = z.looseObject({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

/** One message of Meta's `messages` webhook; unknown fields pass, unknown types are kept. */
export const MetaMessage = z.looseObject({
  from: Phone.optional(),
  from_user_id: UserId.optional(),
  from_parent_user_id: UserId.optional(),
  id: z.string().min(1),
  timestamp: z.string().regex(/^\d+$/),
  type: z.string(),
  text: z.looseObject({ body: z.string() }).optional(),
  image: z
    .looseObject({
      id: z.string(),
      mime_type: z.string().optional(),
      caption: z.string().optional(),
    })
    .optional(),
  audio: z.looseObject({ id: z.string(), mime_type: z.string().optional() }).optional(),
  video: z
    .looseObject({
      id: z.string(),
      mime_type: z.string().optional(),
      caption: z.string().optional(),
    })
    .optional(),
  document: z
    .looseObject({
      id: z.string(),
      mime_type: z.string().optional(),
      caption: z.string().optional(),
      filename: z.string().optional(),
    })
    .optional(),
  sticker: z.looseObject({ id: z.string(), mime_type: z.string().optional() }).optional(),
  location: z
    .looseObject({
      latitude: z.number(),
      longitude: z.number(),
      name: z.string().optional(),
      address: z.string().optional(),
    })
    .optional(),
  contacts: z
    .array(
      z.looseObject({ name: z.looseObject({ formatted_name: z.string().optional() }).optional() }),
    )
    .optional(),
  button: z.looseObject({ text: z.string() }).optional(),
  interactive: z
    .looseObject({
      button_reply: z.looseObject({ title: z.string() }).optional(),
      list_reply: z.looseObject({ title: z.string() }).optional(),
    })
    .optional(),
  reaction: z.looseObject({ message_id: z.string(), emoji: z.string().optional() }).optional(),
  context: z.looseObject({ id: z.string() }).optional(),
  system: z
    .looseObject({
      body: z.string().optional(),
      type: z.string().optional(),
      wa_id: Phone.optional(),
      user_id: UserId.optional(),
      parent_user_id: UserId.optional(),
    })
    .optional(),
  errors: z.array(MetaError).optional(),
});
export type MetaMessage = z.infer<typeof MetaMessage>;

/** Just enough of a message Helios cannot read to keep it (as `unsupported`) in the right place. */
export const MetaMessageShell = z.looseObject({
  id: z.string().min(1),
  timestamp: z.string().regex(/^\d+$/).optional(),
  from: Phone.optional(),
  from_user_id: UserId.optional(),
});
export type MetaMessageShell = z.infer<typeof MetaMessageShell>;

export const MetaContact = z.looseObject({
  wa_id: Phone.optional(),
  user_id: UserId.optional(),
  parent_user_id: UserId.optional(),
  profile: z
    .looseObject({ name: z.string().optional(), username: z.string().optional() })
    .optional(),
});
export type MetaContact = z.infer<typeof MetaContact>;

const MEDIA_KINDS = ["image", "audio", "video", "document", "sticker"] as const;

export const metaTime = (timestamp: string | undefined, fallback: string) =>
  timestamp ? new Date(Number(timestamp) * 1000).toISOString() : fallback;

/** The sender, from the message and its contact: phone and/or BSUID, username, parent id. */
export function senderOf(
  message: MetaMessageShell & { from_parent_user_id?: string },
  contact: MetaContact | undefined,
): CustomerIdentity {
  const phone = message.from ?? contact?.wa_id;
  const identity: CustomerIdentity = {
    ...(phone ? { phone: `+${phone}` } : {}),
    ...((message.from_user_id ?? contact?.user_id)
      ? { userId: message.from_user_id ?? contact?.user_id }
      : {}),
    ...((message.from_parent_user_id ?? contact?.parent_user_id)
      ? { parentUserId: message.from_parent_user_id ?? contact?.parent_user_id }
      : {}),
    ...(contact?.profile?.username ? { username: contact.profile.username } : {}),
  };
  return identity;
}

function kindOf(message: MetaMessage): MessageKind {
  const mediaKind = MEDIA_KINDS.find((kind) => message.type === kind && message[kind]);
  if (mediaKind) return mediaKind;
  if (message.type === "text" && message.text) return "text";
  if (message.type === "location" && message.location) return "location";
  if (message.type === "contacts") return "contacts";
  if (message.type === "button" || message.type === "interactive") return "interactive";
  if (message.type === "system" && message.system) return "system";
  return "unsupported";
}

function identityChange(message: MetaMessage): IdentityChange | undefined {
  const system = message.system;
  if (system?.type !== "user_changed_number" && system?.type !== "user_changed_user_id")
    return undefined;
  return {
    type: system.type,
    ...(system.wa_id ? { phone: `+${system.wa_id}` } : {}),
    ...(system.user_id ? { userId: system.user_id } : {}),
    ...(system.parent_user_id ? { parentUserId: system.parent_user_id } : {}),
  };
}

/** Meta's error for a message it could not give (e.g. 131051 "Message type unknown"). */
function errorOf(message: MetaMessage): InboundMessage["error"] {
  const [error] = message.errors ?? [];
  if (!error) return { code: "unsupported", message: `WhatsApp message type "${message.type}"` };
  return {
    code: String(error.code),
    message: error.error_data?.details ?? error.message ?? error.title ?? "Unsupported message",
  };
}

export function toInbound(
  message: MetaMessage,
  contact: MetaContact | undefined,
  mediaUrl: (id: string) => string,
  receivedAt: string,
): InboundMessage | undefined {
  const customer = senderOf(message, contact);
  const from = replyAddress(customer);
  if (!from) return undefined;
  const kind = kindOf(message);
  const mediaKind = MEDIA_KINDS.find((k) => k === kind);
  const media = mediaKind ? message[mediaKind] : undefined;
  const caption =
    media && "caption" in media && typeof media.caption === "string" ? media.caption : undefined;
  const text: string =
    message.text?.body ??
    caption ??
    message.button?.text ??
    message.interactive?.button_reply?.title ??
    message.interactive?.list_reply?.title ??
    message.contacts?.map((c) => c.name?.formatted_name ?? "").join(", ") ??
    message.system?.body ??
    "";
  const change = identityChange(message);
  return {
    providerMessageId: message.id,
    from,
    customer,
    profileName: contact?.profile?.name,
    kind,
    text,
    ...(media
      ? {
          media: [
            { url: mediaUrl(media.id), contentType: media.mime_type ?? "application/octet-stream" },
          ],
        }
      : {}),
    ...(kind === "location" && message.location
      ? {
          location: {
            latitude: message.location.latitude,
            longitude: message.location.longitude,
            name: message.location.name,
            address: message.location.address,
          },
        }
      : {}),
    ...(message.context ? { replyTo: { providerMessageId: message.context.id } } : {}),
    ...(kind === "unsupported" ? { error: errorOf(message) } : {}),
    ...(change ? { identityChange: change } : {}),
    receivedAt: metaTime(message.timestamp, receivedAt),
  };
}

/** A message that did not match the schema: kept as `unsupported`, with why, never dropped. */
export function unreadableInbound(
  shell: MetaMessageShell,
  contact: MetaContact | undefined,
  problem: string,
  receivedAt: string,
): InboundMessage | undefined {
  const customer = senderOf(shell, contact);
  const from = replyAddress(customer);
  if (!from) return undefined;
  return {
    providerMessageId: shell.id,
    from,
    customer,
    profileName: contact?.profile?.name,
    kind: "unsupported",
    text: "",
    error: { code: "unreadable", message: `Helios could not read this message: ${problem}` },
    receivedAt: metaTime(shell.timestamp, receivedAt),
  };
}
