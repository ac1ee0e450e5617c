import { mkdtempSync, rmSync } from "node:fs";
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
  AI_REPLY_DEBOUNCE_MS: "600",
  AI_RETRY_BASE_SECONDS: "0",
  AI_TIMEOUT_MS: "2000",
};

/** One JVM and one local cloud process for the whole run. */
export default async function setup(project: TestProject) {
  const dynamodb = await startDynamoDbLocal({ inMemory: true });
  const dataDir = mkdtempSync(join(tmpdir(), "helios-test-"));
  const cloud = await startLocalCloud({
    dataDir,
    dynamoDbEndpoint: dynamodb.endpoint,
    // A provider that never answers fails a send after this long, not the production 10 s.
    env: { PROVIDER_TIMEOUT_MS: "3000", ...AI_TEST_ENV },
  });
  project.provide("dynamoDbEndpoint", dynamodb.endpoint);
  project.provide("baseUrl", cloud.url);
  project.provide("localCloudDataDir", dataDir);
  project.provide("localCloudLog", cloud.logFile);
  return async () => {
    await cloud.stop();
    await dynamodb.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
