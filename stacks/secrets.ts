/**
 * Secrets live in SSM (set with `npx sst secrets set NAME value --stage …`) and reach a function only
 * through `bind`: its environment holds a placeholder, `sst/node/config` fetches the value at start.
 */
import { Config, type StackContext } from "sst/constructs";
import type { FunctionGrant } from "./defaults";
import type { FunctionKind } from "./manifest";

export const secretNames = ["JWT_SECRET", "DATA_KEY", "OPENAI_API_KEY"] as const;
export type SecretName = (typeof secretNames)[number];

/** Which secrets each kind of function reads (least privilege: nothing else is bound). */
const secretsByKind: Record<FunctionKind, readonly SecretName[]> = {
  /** Tokens are signed and checked; provider credentials are encrypted with the data key. */
  http: ["JWT_SECRET", "DATA_KEY"],
  /** Provider signatures are checked with the tenant's decrypted credentials. */
  webhook: ["DATA_KEY"],
  /** `$connect` checks the token. */
  ws: ["JWT_SECRET"],
  /** Replies go out through the providers; the AI provider is called. */
  worker: ["DATA_KEY", "OPENAI_API_KEY"],
};

/**
 * Functions that read a secret their kind does not: the app shell asks `GET /api/me` whether an AI
 * provider is configured, which only the key's presence can tell.
 */
const extraSecretsByHandler: Record<string, readonly SecretName[]> = {
  "functions/http/auth/me.handler": ["OPENAI_API_KEY"],
};

export function Secrets({ stack }: StackContext) {
  const secrets = Object.fromEntries(
    secretNames.map((name) => [name, new Config.Secret(stack, name)]),
  ) as Record<SecretName, Config.Secret>;

  /** The `bind` a function of this kind (and, for the exceptions above, this handler) gets. */
  function secretsFor(kind: FunctionKind, handler?: string): FunctionGrant {
    const names = [...secretsByKind[kind], ...(extraSecretsByHandler[handler ?? ""] ?? [])];
    return { bind: names.map((name) => secrets[name]) };
  }

  return { secrets, secretsFor };
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
