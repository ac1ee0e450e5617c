import type { MessageKind } from "@helios/contracts";
import { z } from "zod";
import type { InboundMessage } from "../message/inbound";
import type { StatusUpdate } from "../message/status";

/** Meta's `whatsapp_business_account` webhook; unknown fields pass, unknown message types are kept. */
const MetaMessage = z.looseObject({
  from: z.string().regex(/^\d{6,15}$/),
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
});
type MetaMessage = z.infer<typeof MetaMessage>;

const MetaStatus = z.looseObject({
  id: z.string().min(1),
  status: z.enum(["sent", "delivered", "read", "failed", "deleted", "warning"]),
  errors: z.array(z.looseObject({ code: z.number() })).optional(),
});

const MetaValue = z.looseObject({
  metadata: z.looseObject({ phone_number_id: z.string() }),
  contacts: z
    .array(
      z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string() }).optional() }),
    )
    .optional(),
  messages: z.array(MetaMessage).optional(),
  statuses: z.array(MetaStatus).optional(),
});

export const MetaWebhookPayload = z.looseObject({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.looseObject({ changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })) }),
  ),
});

const MEDIA_KINDS = ["image", "audio", "video", "document", "sticker"] as const;

function toInbound(
  message: MetaMessage,
  profileName: string | undefined,
  mediaUrl: (id: string) => string,
): InboundMessage {
  const mediaKind = MEDIA_KINDS.find((kind) => message.type === kind && message[kind]);
  const media = mediaKind ? message[mediaKind] : undefined;
  const kind: MessageKind =
    mediaKind ??
    (message.type === "text"
      ? "text"
      : message.type === "location" && message.location
        ? "location"
        : message.type === "contacts"
          ? "contacts"
          : message.type === "button" || message.type === "interactive"
            ? "interactive"
            : "unsupported");
  const caption =
    media && "caption" in media && typeof media.caption === "string" ? media.caption : undefined;
  const text: string =
    message.text?.body ??
    caption ??
    message.button?.text ??
    message.interactive?.button_reply?.title ??
    message.interactive?.list_reply?.title ??
    message.contacts?.map((c) => c.name?.formatted_name ?? "").join(", ") ??
    "";
  return {
    providerMessageId: message.id,
    from: `whatsapp:+${message.from}`,
    profileName,
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
    receivedAt: new Date(Number(message.timestamp) * 1000).toISOString(),
  };
}

export interface MetaChanges {
  messages: InboundMessage[];
  reactions: { providerMessageId: string; emoji: string | undefined; at: string }[];
  statuses: StatusUpdate[];
}

/** Every message, reaction and status of one delivery for one phone number id, in order. */
export function metaChanges(
  payload: z.infer<typeof MetaWebhookPayload>,
  phoneNumberId: string,
  mediaUrl: (id: string) => string,
): MetaChanges {
  const changes: MetaChanges = { messages: [], reactions: [], statuses: [] };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== "messages") continue;
      const value = MetaValue.safeParse(change.value);
      if (!value.success || value.data.metadata.phone_number_id !== phoneNumberId) continue;
      const names = new Map((value.data.contacts ?? []).map((c) => [c.wa_id, c.profile?.name]));
      for (const message of value.data.messages ?? []) {
        if (message.type === "reaction" && message.reaction) {
          changes.reactions.push({
            providerMessageId: message.reaction.message_id,
            emoji: message.reaction.emoji,
            at: new Date(Number(message.timestamp) * 1000).toISOString(),
          });
        } else {
          changes.messages.push(toInbound(message, names.get(message.from), mediaUrl));
        }
      }
      for (const status of value.data.statuses ?? []) {
        if (status.status === "deleted" || status.status === "warning") continue;
        changes.statuses.push({
          providerMessageId: status.id,
          status: status.status,
          errorCode: status.errors?.[0] ? String(status.errors[0].code) : undefined,
        });
      }
    }
  }
  return changes;
}
