import { createHmac, timingSafeEqual } from "node:crypto";

const HEADER = /^sha256=([0-9a-f]{64})$/i;

/** `sha256=` + hex HMAC-SHA256 of the raw body bytes with the app secret (`X-Hub-Signature-256`). */
export function metaSignature(appSecret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac("sha256", appSecret).update(rawBody).digest("hex")}`;
}

/**
 * Checks `X-Hub-Signature-256` over the raw bytes Meta sent. Meta escapes non-ASCII as `\uXXXX` and
 * `/` as `\/`, so a re-serialized body never verifies: pass the body exactly as received.
 */
export function metaSignatureValid(input: {
  appSecret: string;
  rawBody: Buffer;
  header: string | undefined;
}): boolean {
  const match = input.header ? HEADER.exec(input.header.trim()) : null;
  if (!match?.[1] || !input.appSecret) return false;
  const expected = createHmac("sha256", input.appSecret).update(input.rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], "hex"));
}
