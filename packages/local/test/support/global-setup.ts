import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../src/dynamodb/start-dynamodb-local";
import { startLocalCloud } from "./local-cloud-process";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
    baseUrl: string;
    localCloudDataDir: string;
    localCloudLog: string;
  }
}

/**
 * AI through the local cloud's own OpenAI-compatible stand-in (the real openai SDK calls it), with
 * a short debounce, immediate retries and a short model timeout so the AI tests stay fast.
 */
export const AI_TEST_ENV = {
  OPENAI_API_KEY: "sandbox-test-key",
  OPENAI_BASE_URL: "sandbox",
  OPENAI_MODEL: "sandbox-model",
  OPENAI_MODELS: "sandbox-model,gpt-4o,gpt-4o-mini",
  AI_REPLY_DEBOUNCE_MS: "600",
  AI_RETRY_BASE_SECONDS: "0",
  AI_TIMEOUT_MS: "2000",
};

/**
 * Every test file signs up from 127.0.0.1, so the per-address signup limit is raised (its rule is
 * tested in core); the first sign-in lock lasts 6 s instead of a minute so a test can wait it out.
 */
export const ACCOUNT_TEST_ENV = {
  SIGNUP_LIMIT_PER_ADDRESS: "100000",
  PASSWORD_RESET_LIMIT_PER_ADDRESS: "100000",
  LOGIN_LOCK_BASE_SECONDS: "6",
};

/** One JVM and one local cloud process for the whole run. */
export default async function setup(project: TestProject) {
  const dynamodb = await startDynamoDbLocal({ inMemory: true });
  const dataDir = mkdtempSync(join(tmpdir(), "helios-test-"));
  const cloud = await startLocalCloud({
    dataDir,
    dynamoDbEndpoint: dynamodb.endpoint,
    // A provider that never answers fails a send after this long, not the production 10 s.
    env: {
      PROVIDER_TIMEOUT_MS: "3000",
      ...AI_TEST_ENV,
      ...ACCOUNT_TEST_ENV,
      // Every function warm, as `npm start` has them: the tests' first messages see no cold start.
      PRELOAD_FUNCTIONS: "1",
    },
  });
  project.provide("dynamoDbEndpoint", dynamodb.endpoint);
  project.provide("baseUrl", cloud.url);
  project.provide("localCloudDataDir", dataDir);
  project.provide("localCloudLog", cloud.logFile);
  return async () => {
    await cloud.stop();
    await dynamodb.stop();
    const leaks = secretsInLog(dataDir, cloud.logFile);
    rmSync(dataDir, { recursive: true, force: true });
    if (leaks.length)
      throw new Error(`The local cloud's log of this run holds ${leaks.join(", ")}`);
  };
}

/**
 * What no log line of the whole suite may hold: the local cloud's generated secrets (JWT secret,
 * data key) and any signed-in user's token. The demo owner's and agent's passwords are left out:
 * the start banner prints them, by design, for the person who ran `npm start`.
 */
function secretsInLog(dataDir: string, logFile: string): string[] {
  const log = readFileSync(logFile, "utf8");
  const secrets: Record<string, unknown> = JSON.parse(
    readFileSync(join(dataDir, "local-secrets.json"), "utf8"),
  );
  const leaks = Object.entries(secrets)
    .filter(([name]) => name !== "demoPassword" && name !== "demoAgentPassword")
    .filter(([, value]) => typeof value === "string" && value.length >= 8 && log.includes(value))
    .map(([name]) => name);
  if (/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{20,}/.test(log)) leaks.push("a JWT");
  return leaks;
}
