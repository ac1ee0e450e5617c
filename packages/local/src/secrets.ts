import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const LocalSecrets = z.object({
  JWT_SECRET: z.string().min(32),
  DATA_KEY: z.string().length(64),
  demoPassword: z.string().min(8),
  /** The demo agent's (Sam Rivera's); added later, so an older file gets one on its next start. */
  demoAgentPassword: z.string().min(8).optional(),
});
export type LocalSecrets = z.infer<typeof LocalSecrets>;

const demoPassword = () => `demo-${randomBytes(6).toString("base64url")}`;

/**
 * Secrets of a local installation, generated once into the data folder (never committed): the JWT
 * signing secret, the data-encryption key (AES-256, hex) and the demo owner's and agent's passwords.
 */
export function loadOrCreateSecrets(dataDir: string): Required<LocalSecrets> {
  const file = join(dataDir, "local-secrets.json");
  const stored = existsSync(file)
    ? LocalSecrets.parse(JSON.parse(readFileSync(file, "utf8")))
    : {
        JWT_SECRET: randomBytes(48).toString("base64url"),
        DATA_KEY: randomBytes(32).toString("hex"),
        demoPassword: demoPassword(),
      };
  if (stored.demoAgentPassword !== undefined)
    return { ...stored, demoAgentPassword: stored.demoAgentPassword };
  const secrets = { ...stored, demoAgentPassword: demoPassword() };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
