import { isRecord } from "./http";
import type { GraphFailure } from "./meta-wire";
import type { TypingIndicators } from "./typing";

const invalid = (message: string): GraphFailure => ({ status: 400, code: 100, message });

/**
 * `POST /{phone-number-id}/messages` with `{messaging_product, status: "read", message_id,
 * typing_indicator?: {type: "text"}}`: the customer's message reads as read, and "typing…" shows
 * when asked. Returns Graph's error for a malformed call, else undefined.
 */
export function applyReadStatus(
  json: Record<string, unknown>,
  typing: TypingIndicators,
): GraphFailure | undefined {
  if (json.messaging_product !== "whatsapp")
    return invalid("(#100) The parameter messaging_product is required.");
  if (json.status !== "read")
    return invalid(`(#100) Param status must be one of {READ} - got "${String(json.status)}".`);
  const messageId = json.message_id;
  if (typeof messageId !== "string" || !messageId.startsWith("wamid."))
    return invalid("(#100) The parameter message_id is required.");
  const indicator = json.typing_indicator;
  if (indicator !== undefined && (!isRecord(indicator) || indicator.type !== "text"))
    return invalid("(#100) Param typing_indicator['type'] must be one of {TEXT}.");
  if (indicator === undefined) typing.markRead(messageId);
  else typing.show(messageId);
  return undefined;
}
