import type { MessageKind } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { BSUID, type CustomerIdentity, replyAddress } from "../conversation/identity";
import type { IdentityChange, InboundMessage } from "../message/inbound";

const Phone = z.string().check(z.regex(/^\d{6,15}$/));
const UserId = z.string().check(z.regex(BSUID));

export const MetaError = z.looseObject({
  code: z.number(),
  title: z.optional(z.string()),
  message: z.optional(z.string()),
  error_data: z.optional(z.looseObject({ details: z.optional(z.string()) })),
});

/** One message of Meta's `messages` webhook; unknown fields pass, unknown types are kept. */
export const MetaMessage = z.looseObject({
  from: z.optional(Phone),
  from_user_id: z.optional(UserId),
  from_parent_user_id: z.optional(UserId),
  id: z.string().check(z.minLength(1)),
  timestamp: z.string().check(z.regex(/^\d+$/)),
  type: z.string(),
  text: z.optional(z.looseObject({ body: z.string() })),
  image: z.optional(
    z.looseObject({
      id: z.string(),
      mime_type: z.optional(z.string()),
      caption: z.optional(z.string()),
    }),
  ),
  audio: z.optional(z.looseObject({ id: z.string(), mime_type: z.optional(z.string()) })),
  video: z.optional(
    z.looseObject({
      id: z.string(),
      mime_type: z.optional(z.string()),
      caption: z.optional(z.string()),
    }),
  ),
  document: z.optional(
    z.looseObject({
      id: z.string(),
      mime_type: z.optional(z.string()),
      caption: z.optional(z.string()),
      filename: z.optional(z.string()),
    }),
  ),
  sticker: z.optional(z.looseObject({ id: z.string(), mime_type: z.optional(z.string()) })),
  location: z.optional(
    z.looseObject({
      latitude: z.number(),
      longitude: z.number(),
      name: z.optional(z.string()),
      address: z.optional(z.string()),
    }),
  ),
  contacts: z.optional(
    z.array(
      z.looseObject({
        name: z.optional(z.looseObject({ formatted_name: z.optional(z.string()) })),
      }),
    ),
  ),
  button: z.optional(z.looseObject({ text: z.string() })),
  interactive: z.optional(
    z.looseObject({
      button_reply: z.optional(z.looseObject({ title: z.string() })),
      list_reply: z.optional(z.looseObject({ title: z.string() })),
    }),
  ),
  reaction: z.optional(z.looseObject({ message_id: z.string(), emoji: z.optional(z.string()) })),
  context: z.optional(z.looseObject({ id: z.string() })),
  system: z.optional(
    z.looseObject({
      body: z.optional(z.string()),
      type: z.optional(z.string()),
      wa_id: z.optional(Phone),
      user_id: z.optional(UserId),
      parent_user_id: z.optional(UserId),
    }),
  ),
  errors: z.optional(z.array(MetaError)),
});
export type MetaMessage = z.infer<typeof MetaMessage>;

/** Just enough of a message Helios cannot read to keep it (as `unsupported`) in the right place. */
export const MetaMessageShell = z.looseObject({
  id: z.string().check(z.minLength(1)),
  timestamp: z.optional(z.string().check(z.regex(/^\d+$/))),
  from: z.optional(Phone),
  from_user_id: z.optional(UserId),
});
export type MetaMessageShell = z.infer<typeof MetaMessageShell>;

export const MetaContact = z.looseObject({
  wa_id: z.optional(Phone),
  user_id: z.optional(UserId),
  parent_user_id: z.optional(UserId),
  profile: z.optional(
    z.looseObject({ name: z.optional(z.string()), username: z.optional(z.string()) }),
  ),
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
