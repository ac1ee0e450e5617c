import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const LocalSecrets = z.object({
  JWT_SECRET: z.string().min(32),
  DATA_KEY: z.string().length(64),
  demoPassword: z.string().min(8),
});
export type LocalSecrets = z.infer<typeof LocalSecrets>;

/**
 * Secrets of a local installation, generated once into the data folder (never committed): the JWT
 * signing secret, the data-encryption key (AES-256, hex) and the demo owner's password.
 */
export function loadOrCreateSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, "local-secrets.json");
  if (existsSync(file)) return LocalSecrets.parse(JSON.parse(readFileSync(file, "utf8")));
  const secrets: LocalSecrets = {
    JWT_SECRET: randomBytes(48).toString("base64url"),
    DATA_KEY: randomBytes(32).toString("hex"),
    demoPassword: `demo-${randomBytes(6).toString("base64url")}`,
  };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
