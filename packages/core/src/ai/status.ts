import type { AiStatus } from "@helios/contracts";
import { env, secret } from "../config";
import { logger } from "../logger";

export const BUILT_IN_MODEL = "gpt-4o-mini";

export const defaultModel = () => env("OPENAI_MODEL") ?? BUILT_IN_MODEL;

/** The models an agent may be set to: `OPENAI_MODELS` (comma-separated), else the default model. */
export function allowedModels(): string[] {
  const listed = (env("OPENAI_MODELS") ?? "")
    .split(",")
    .map((model) => model.trim())
    .filter((model) => model !== "");
  return listed.length > 0 ? [...new Set(listed)] : [defaultModel()];
}

/** The value that says "no AI provider" where a secret cannot be left empty (SST secrets). */
const NO_PROVIDER = "none";

/**
 * The AI provider's key, or undefined when none is configured. An unset, `none` or unreadable
 * secret (e.g. not set for an AWS stage) means "no provider": the app says so instead of failing.
 */
export async function aiApiKey(): Promise<string | undefined> {
  if (unreadable) return undefined;
  try {
    const key = await secret("OPENAI_API_KEY");
    return key === NO_PROVIDER ? undefined : key;
  } catch (error) {
    unreadable = true;
    logger.warn("OPENAI_API_KEY is not readable: AI replies are off", { error });
    return undefined;
  }
}

let unreadable = false;

/** Whether AI replies can run, and the default model; cheap (no openai import, no network). */
export async function aiStatus(): Promise<AiStatus> {
  return {
    configured: (await aiApiKey()) !== undefined,
    defaultModel: defaultModel(),
    models: allowedModels(),
  };
}
