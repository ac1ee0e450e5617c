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

/** One JVM and one local cloud process for the whole run. */
export default async function setup(project: TestProject) {
  const dynamodb = await startDynamoDbLocal({ inMemory: true });
  const dataDir = mkdtempSync(join(tmpdir(), "helios-test-"));
  const cloud = await startLocalCloud({
    dataDir,
    dynamoDbEndpoint: dynamodb.endpoint,
    // A provider that never answers fails a send after this long, not the production 10 s.
    env: { PROVIDER_TIMEOUT_MS: "3000" },
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
