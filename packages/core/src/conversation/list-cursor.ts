import { z } from "zod";
import { openSecret, sealSecret } from "../crypto/secret-box";
import { validationFailed } from "../errors/app-error";

/**
 * The conversation list's paging cursor: DynamoDB's LastEvaluatedKey, sealed (AES-GCM with the
 * data key) and bound to the tenant. A client cannot read it, forge one, or use another tenant's:
 * anything but a cursor this API gave this tenant is a 400.
 */
const context = (tenantId: string) => `tenant:${tenantId}:conversations.cursor`;

const StartKey = z.record(z.string(), z.union([z.string(), z.number()]));

const invalidCursor = () =>
  validationFailed("The cursor is not valid: start again from the first page", {
    cursor: "Not a cursor this API gave",
  });

export async function sealCursor(
  tenantId: string,
  key: Record<string, unknown> | undefined,
): Promise<string | null> {
  return key ? sealSecret(JSON.stringify(StartKey.parse(key)), context(tenantId)) : null;
}

export async function openCursor(
  tenantId: string,
  cursor: string | undefined,
): Promise<Record<string, string | number> | undefined> {
  if (!cursor) return undefined;
  let plain: string;
  try {
    plain = await openSecret(cursor, context(tenantId));
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
