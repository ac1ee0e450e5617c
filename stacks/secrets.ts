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

export function Secrets({ stack }: StackContext) {
  const secrets = Object.fromEntries(
    secretNames.map((name) => [name, new Config.Secret(stack, name)]),
  ) as Record<SecretName, Config.Secret>;

  /** The `bind` a function of this kind gets. */
  function secretsFor(kind: FunctionKind): FunctionGrant {
    return { bind: secretsByKind[kind].map((name) => secrets[name]) };
  }

  return { secrets, secretsFor };
}
