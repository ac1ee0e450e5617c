import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { requireSecret } from "../config";

/**
 * Provider credentials at rest: AES-256-GCM with the deployment's data key (DATA_KEY, 64 hex).
 * The context (e.g. "tenant:<id>:twilio.authToken") is bound as additional authenticated data, so
 * a ciphertext copied to another tenant or field does not decrypt.
 */
const VERSION = "v1";

async function dataKey(): Promise<Buffer> {
  const hex = await requireSecret("DATA_KEY");
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("DATA_KEY must be 64 hexadecimal characters");
  return Buffer.from(hex, "hex");
}

export async function sealSecret(plaintext: string, context: string): Promise<string> {
  return seal(await dataKey(), plaintext, context);
}

export async function openSecret(sealed: string, context: string): Promise<string> {
  return open(await dataKey(), sealed, context);
}

/** AES-256-GCM under `key`, the context bound as additional authenticated data. */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Throws when `sealed` was not made by `seal` with this key and context. */
export function open(key: Buffer, sealed: string, context: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined)
    throw new Error("Unreadable sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
