import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Writes a whole answer and returns its status (what the local cloud's router logs). */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): number {
  res.writeHead(status, { "content-length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
  return status;
}

export const hex = (bytes: number): string => randomBytes(bytes).toString("hex");

/** Twilio's date format: RFC 2822 in UTC, `Thu, 30 Jul 2015 20:00:00 +0000`. */
export const rfc2822 = (date: Date): string => date.toUTCString().replace("GMT", "+0000");

/** `Authorization: Basic base64(user:password)`, as the twilio SDK (and curl -u) sends it. */
export function basicAuth(
  req: IncomingMessage,
): { username: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** A Graph access token: `Authorization: Bearer …` or the `access_token` query parameter. */
export function bearerToken(req: IncomingMessage, url: URL): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1] ?? url.searchParams.get("access_token") ?? undefined;
}

/** JSON from a request body, or undefined when it is not JSON. */
export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

/** Forgets the oldest entries of a Map (insertion order) beyond `max`: the sandbox stays small. */
export function capMap<K, V>(map: Map<K, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

/** The local cloud's public base (PUBLIC_URL, else where the sandbox is served): what a browser reaches. */
export const publicBaseUrl = (fallback: string): string =>
  (process.env.PUBLIC_URL || fallback).replace(/\/+$/, "");

/** Forgets the oldest members of a Set beyond `max`. */
export function capSet<T>(set: Set<T>, max: number): void {
  for (const oldest of set) {
    if (set.size <= max) return;
    set.delete(oldest);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
