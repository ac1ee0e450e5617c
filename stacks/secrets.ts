/**
 * Secrets live in SSM (set with `npx sst secrets set NAME value --stage …`) and reach a function only
 * through `bind`: its environment holds a placeholder, `sst/node/config` fetches the value at start.
 */
import { Config, type StackContext } from "sst/constructs";
import type { FunctionGrant } from "./defaults";

export const secretNames = ["JWT_SECRET", "DATA_KEY", "OPENAI_API_KEY"] as const;
export type SecretName = (typeof secretNames)[number];

/** The secrets; each function binds only those its grants name (stacks/grants.ts). */
export function Secrets({ stack }: StackContext) {
  const secrets = Object.fromEntries(
    secretNames.map((name) => [name, new Config.Secret(stack, name)]),
  ) as Record<SecretName, Config.Secret>;
  return { secrets };
}

/** The AI settings that are not secret, taken from the deploying shell (see the README). */
export const aiSettingNames = [
  "OPENAI_BASE_URL",
  "OPENAI_MODEL",
  "OPENAI_MODELS",
  "INSIGHTS_EVERY_N_MESSAGES",
  "AI_TIMEOUT_MS",
  "AI_REPLY_DEBOUNCE_MS",
  "AI_RETRY_BASE_SECONDS",
  "AI_HISTORY_TOKEN_BUDGET",
] as const;

/** Given to the functions that talk to the AI provider or describe it (workers, `GET /api/me`). */
export function aiSettings(): FunctionGrant {
  return {
    environment: Object.fromEntries(
      aiSettingNames.flatMap((name) => {
        const value = process.env[name]?.trim();
        return value ? [[name, value]] : [];
      }),
    ),
  };
}
