import { createHash, randomBytes } from "node:crypto";

/** A random secret for a link or a ticket; only its hash is stored, so a table read reveals none. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export const hashLinkToken = (token: string) =>
  createHash("sha256").update(token).digest("base64url");
