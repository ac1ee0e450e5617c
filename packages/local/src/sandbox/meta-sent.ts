import { isRecord } from "./http";

/** What the Meta sandbox keeps of a message Helios sent, for the sandbox phone. */

export type MetaMessageStatus = "accepted" | "sent" | "delivered" | "read" | "failed";

/** A message Helios sent through the sandbox, with its current status. */
export interface MetaSentMessage {
  id: string;
  phoneNumberId: string;
  waId: string;
  type: string;
  /** The text, caption or template name, for the sandbox phone. */
  text: string;
  /** A media message's link, when it was sent by link. */
  mediaLink?: string;
  status: MetaMessageStatus;
  createdAt: Date;
  updatedAt: Date;
}

const stringAt = (record: unknown, key: string): string | undefined =>
  isRecord(record) && typeof record[key] === "string" ? record[key] : undefined;

/** What a sent message shows on the phone: its text, caption, or what it is. */
export function sentContentOf(body: unknown, type: string): { text: string; mediaLink?: string } {
  const content = isRecord(body) ? body[type] : undefined;
  if (type === "text") return { text: stringAt(content, "body") ?? "" };
  if (type === "template") return { text: `Template: ${stringAt(content, "name") ?? ""}` };
  if (type === "location") {
    return {
      text: `📍 ${stringAt(content, "name") ?? stringAt(content, "address") ?? "Location"}`,
    };
  }
  if (type === "interactive" && isRecord(content)) {
    return { text: stringAt(content.body, "text") ?? "" };
  }
  const link = stringAt(content, "link");
  return {
    text: stringAt(content, "caption") ?? `[${type}]`,
    ...(link ? { mediaLink: link } : {}),
  };
}
