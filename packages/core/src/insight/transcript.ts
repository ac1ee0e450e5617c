import type { MessageItem } from "../message/message";
import { previewText } from "../message/message";
import { listMessages } from "../message/repository";
import type { TranscriptLine } from "./analyzer";

/** The latest messages of a conversation, oldest first (one Query). */
export async function recentMessages(conversationId: string, limit = 60): Promise<MessageItem[]> {
  return (await listMessages(conversationId, limit)).items;
}

/** Who said what, in order; media and other kinds read as their short label ("📷 Photo"). */
export const toTranscript = (messages: readonly MessageItem[]): TranscriptLine[] =>
  messages
    .filter((message) => message.kind !== "reaction" && message.kind !== "system")
    .map((message) => ({
      from: message.direction === "inbound" ? "customer" : "business",
      text: message.text || previewText(message),
    }));
