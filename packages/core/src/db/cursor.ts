import { hkdfSync } from "node:crypto";
import * as z from "@helios/contracts/zod";
import { requireSecret } from "../config";
import { open, seal } from "../crypto/secret-box";
import { validationFailed } from "../errors/app-error";
import type { Key } from "./table";

/**
 * Every paginated list's cursor: DynamoDB's LastEvaluatedKey, sealed (AES-GCM) and bound to the
 * tenant and the list. A client cannot read it, forge one, or use another tenant's (or another
 * list's): anything but a cursor this API gave this tenant for this list is the same 400. The key
 * derives from the token secret that every signed-in route already holds, not from the data key
 * that guards provider credentials.
 */
export type CursorList =
  | "conversations"
  | "notifications"
  | "search"
  | "contacts"
  | "contactSearch";

const context = (tenantId: string, list: CursorList) => `tenant:${tenantId}:${list}.cursor`;

async function cursorKey(): Promise<Buffer> {
  const secret = await requireSecret("JWT_SECRET");
  // The info string predates the other lists; keeping it keeps cursors valid across a deploy.
  return Buffer.from(hkdfSync("sha256", secret, "", "helios conversation cursor", 32));
}

const StartKey = z.record(z.string(), z.union([z.string(), z.number()]));

export const invalidCursor = () =>
  validationFailed("The cursor is not valid: start again from the first page", {
    cursor: "Not a cursor this API gave",
  });

export async function sealCursor(
  tenantId: string,
  list: CursorList,
  key: Key | undefined,
): Promise<string | null> {
  return key
    ? seal(await cursorKey(), JSON.stringify(StartKey.parse(key)), context(tenantId, list))
    : null;
}

export async function openCursor(
  tenantId: string,
  list: CursorList,
  cursor: string | undefined,
): Promise<Record<string, string | number> | undefined> {
  if (!cursor) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(open(await cursorKey(), cursor, context(tenantId, list)));
  } catch {
    throw invalidCursor();
  }
  const parsed = StartKey.safeParse(key);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}
