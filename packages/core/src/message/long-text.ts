/**
 * The most of a message's text that is stored: far below DynamoDB's 400 KB item limit (with room
 * for the rest of the item), far above anything WhatsApp lets a person type (4,096 characters).
 */
export const MAX_STORED_TEXT_BYTES = 64 * 1024;

/**
 * A text that fits in a message item: longer ones are cut (never inside a character) and end with
 * a note that says so; `fullLength` then gives the original length in characters.
 */
export function storableText(text: string): { text: string; fullLength?: number } {
  if (Buffer.byteLength(text, "utf8") <= MAX_STORED_TEXT_BYTES) return { text };
  const fullLength = [...text].length;
  const note = `\n\n[Cut short by Helios: the full message had ${fullLength.toLocaleString("en-US")} characters]`;
  const room = MAX_STORED_TEXT_BYTES - Buffer.byteLength(note, "utf8");
  // Decoding a cut that splits a character leaves a replacement character: drop it.
  const kept = Buffer.from(text, "utf8")
    .subarray(0, room)
    .toString("utf8")
    .replace(/\uFFFD$/, "");
  return { text: `${kept}${note}`, fullLength };
}
