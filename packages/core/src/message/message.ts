import type { Message, MessageStatus } from "@helios/contracts";
import { Message as MessageSchema } from "@helios/contracts";
import { z } from "zod";

export const MessageItem = MessageSchema.extend({
  tenantId: z.string(),
  provider: z.enum(["twilio", "meta"]),
  statusRank: z.number().int(),
  /** When a retry last handed the message to the provider (absent: only the first send, at createdAt). */
  sendAttemptAt: z.string().optional(),
  /** A template message's language and variables: what a retry sends again. */
  templateSend: z
    .object({ language: z.string(), variables: z.record(z.string(), z.string()) })
    .optional(),
});
export type MessageItem = z.infer<typeof MessageItem>;

/** Statuses only move forward (callbacks arrive out of order); `failed` is final. */
export const STATUS_RANK: Record<MessageStatus, number> = {
  received: 0,
  queued: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
};

export const toMessage = ({
  tenantId: _t,
  provider: _p,
  statusRank: _r,
  sendAttemptAt: _s,
  templateSend: _ts,
  ...message
}: MessageItem): Message => message;

/** The short text a conversation list shows for a message of any kind. */
export function previewText(message: Pick<Message, "kind" | "text">): string {
  if (message.text) return message.text.slice(0, 200);
  const labels: Record<Message["kind"], string> = {
    text: "",
    image: "📷 Photo",
    audio: "🎤 Audio",
    video: "🎬 Video",
    document: "📄 Document",
    sticker: "Sticker",
    location: "📍 Location",
    contacts: "👤 Contact",
    interactive: "Reply",
    reaction: "Reaction",
    unsupported: "Unsupported message",
    event: "",
    system: "",
    template: "Template",
  };
  return labels[message.kind];
}

/** An approved template to send: its provider id, name, language and the values of its variables. */
export interface TemplateSend {
  id: string;
  name: string;
  language: string;
  variables: Record<string, string>;
}

/** Meta gives a media id, not a URL; Helios stores it under this scheme and resolves it when asked. */
export const META_MEDIA_SCHEME = "meta-media:";
