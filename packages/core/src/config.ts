/**
 * Runtime configuration. Plain settings come from the environment; secrets come from the
 * environment locally (the local cloud generates them into DATA_DIR) and from SST's Config
 * (SSM, bound to the function) on AWS, so no secret is ever in a Lambda's plaintext environment.
 */
export type SecretName = "JWT_SECRET" | "DATA_KEY" | "OPENAI_API_KEY";

export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

export function requireEnv(name: string): string {
  const value = env(name);
  if (value === undefined) throw new Error(`Missing configuration: ${name}`);
  return value;
}

const secretCache = new Map<SecretName, string | undefined>();

export async function secret(name: SecretName): Promise<string | undefined> {
  if (secretCache.has(name)) return secretCache.get(name);
  const value = env(name) ?? (await secretFromSst(name));
  secretCache.set(name, value);
  return value;
}

export async function requireSecret(name: SecretName): Promise<string> {
  const value = await secret(name);
  if (value === undefined) throw new Error(`Missing secret: ${name}`);
  return value;
}

async function secretFromSst(name: SecretName): Promise<string | undefined> {
  if (env("SST_APP") === undefined) return undefined;
  const { Config } = await import("sst/node/config");
  const value: unknown = (Config as Record<string, unknown>)[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export const tableName = () => requireEnv("TABLE_NAME");
