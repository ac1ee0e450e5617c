import { createHash } from "node:crypto";
import type { MessageAttributeValue } from "./message-attributes";

export const md5Hex = (data: string | Buffer): string =>
  createHash("md5").update(data).digest("hex");

const STRING_TRANSPORT = 1;
const BINARY_TRANSPORT = 2;

/**
 * SQS's digest of message attributes, as documented ("Calculating the MD5 message digest for
 * message attributes"): for each attribute sorted by name, length-prefixed (4 bytes, big endian)
 * name, data type and value, with a transport byte before the value. Undefined without attributes.
 */
export function md5OfMessageAttributes(
  attributes: Record<string, MessageAttributeValue>,
): string | undefined {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return undefined;
  const parts: Buffer[] = [];
  for (const name of names) {
    const attribute = attributes[name];
    if (!attribute) continue;
    parts.push(lengthPrefixed(Buffer.from(name, "utf8")));
    parts.push(lengthPrefixed(Buffer.from(attribute.DataType, "utf8")));
    if (attribute.BinaryValue !== undefined) {
      parts.push(Buffer.from([BINARY_TRANSPORT]));
      parts.push(lengthPrefixed(Buffer.from(attribute.BinaryValue, "base64")));
    } else {
      parts.push(Buffer.from([STRING_TRANSPORT]));
      parts.push(lengthPrefixed(Buffer.from(attribute.StringValue ?? "", "utf8")));
    }
  }
  return md5Hex(Buffer.concat(parts));
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}
