import { resolve } from "node:path";
import { z } from "zod";
import { repoRoot } from "./paths";

const Port = z.coerce.number().int().min(0).max(65535);

const Env = z.object({
  PORT: Port.default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATA_DIR: z.string().default(".data"),
  PUBLIC_URL: z.url().optional(),
  TABLE_NAME: z.string().default("helios-local"),
  /** An already running DynamoDB Local (tests share one JVM); otherwise the local cloud starts one. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  SEED_DEMO: z.enum(["0", "1"]).default("1"),
  /**
   * Load every queue and stream function in its thread at start (as warm Lambdas), or when first
   * invoked: the test suite's extra local clouds use a few of them and skip loading the rest.
   */
  PRELOAD_FUNCTIONS: z.enum(["0", "1"]).default("1"),
});

export interface LocalConfig {
  port: number;
  host: string;
  dataDir: string;
  publicUrl?: string;
  tableName: string;
  dynamoDbEndpoint?: string;
  seedDemo: boolean;
  preloadFunctions: boolean;
  reset: boolean;
}

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): LocalConfig {
  const unknown = argv.filter((arg) => arg !== "--reset");
  if (unknown.length > 0) {
    throw new Error(
      `Unknown option ${unknown.join(" ")}: the only option is --reset (start from an empty data folder)`,
    );
  }
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(repoRoot, e.DATA_DIR),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""),
    tableName: e.TABLE_NAME,
    dynamoDbEndpoint: e.DYNAMODB_ENDPOINT,
    seedDemo: e.SEED_DEMO === "1",
    preloadFunctions: e.PRELOAD_FUNCTIONS === "1",
    reset: argv.includes("--reset"),
  };
}
