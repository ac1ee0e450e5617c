import { hkdfSync } from "node:crypto";
import { z } from "zod";
import { requireSecret } from "../config";
import { open, seal } from "../crypto/secret-box";
import { validationFailed } from "../errors/app-error";

/**
 * The conversation list's paging cursor: DynamoDB's LastEvaluatedKey, sealed (AES-GCM) and bound
 * to the tenant. A client cannot read it, forge one, or use another tenant's: anything but a
 * cursor this API gave this tenant is a 400. The key derives from the token secret that every
 * signed-in route already holds, not from the data key that guards provider credentials.
 */
const context = (tenantId: string) => `tenant:${tenantId}:conversations.cursor`;

async function cursorKey(): Promise<Buffer> {
  const secret = await requireSecret("JWT_SECRET");
  return Buffer.from(hkdfSync("sha256", secret, "", "helios conversation cursor", 32));
}

const StartKey = z.record(z.string(), z.union([z.string(), z.number()]));

const invalidCursor = () =>
  validationFailed("The cursor is not valid: start again from the first page", {
    cursor: "Not a cursor this API gave",
  });

export async function sealCursor(
  tenantId: string,
  key: Record<string, unknown> | undefined,
): Promise<string | null> {
  return key
    ? seal(await cursorKey(), JSON.stringify(StartKey.parse(key)), context(tenantId))
    : null;
}

export async function openCursor(
  tenantId: string,
  cursor: string | undefined,
): Promise<Record<string, string | number> | undefined> {
  if (!cursor) return undefined;
  let plain: string;
  try {
    plain = open(await cursorKey(), cursor, context(tenantId));
  } catch {
    throw invalidCursor();
  }
  let key: unknown;
  try {
    key = JSON.parse(plain);
  } catch {
    throw invalidCursor();
  }
  const parsed = StartKey.safeParse(key);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}
