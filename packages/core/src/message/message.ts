import type { Message } from "@helios/contracts";
import { Message as MessageSchema, mayRetry, retryableAt } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

export { STATUS_RANK } from "@helios/contracts";

/** The stored message: the API's without what is computed when it is shown (`canRetry`, …). */
export const MessageItem = z.extend(z.omit(MessageSchema, { canRetry: true, retryableAt: true }), {
  tenantId: z.string(),
  provider: z.enum(["twilio", "meta"]),
  statusRank: z.int(),
  /** When a retry last handed the message to the provider (absent: only the first send, at createdAt). */
  sendAttemptAt: z.optional(z.string()),
  /** A template message's language and variables: what a retry sends again. */
  templateSend: z.optional(
    z.object({ language: z.string(), variables: z.record(z.string(), z.string()) }),
  ),
});
export type MessageItem = z.infer<typeof MessageItem>;

/**
 * The message as the API and realtime events show it, with whether it may be sent again decided
 * here, once, by the rule in contracts.
 */
export function toMessage({
  tenantId: _t,
  provider: _p,
  statusRank: _r,
  sendAttemptAt,
  templateSend: _ts,
  ...message
}: MessageItem): Message {
  const facts = { ...message, sendAttemptAt };
  return { ...message, canRetry: mayRetry(facts, Date.now()), retryableAt: retryableAt(facts) };
}

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
    note: "",
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
