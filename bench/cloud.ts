/** The local clouds the benchmark measures, each on the one DynamoDB Local of the run. */
import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  type LocalCloudProcess,
  startLocalCloud,
} from "../packages/local/test/support/local-cloud-process";

/** Signups in the benchmark need no production-strength password hashing. */
const SCRYPT_LOG2_N = "14";

/** `npm start` in its own process, as the ingest load sees it from outside. */
export function childCloud(
  dynamoDbEndpoint: string,
  tableName: string,
): Promise<LocalCloudProcess> {
  return startLocalCloud({
    dataDir: mkdtempSync(join(tmpdir(), "helios-bench-")),
    dynamoDbEndpoint,
    env: { TABLE_NAME: tableName, SEED_DEMO: "0", SCRYPT_LOG2_N },
  });
}

/**
 * `npm start` inside this process, so that a middleware on its DynamoDB client can count what each
 * request costs. Its entry point prints the banner and sets PUBLIC_URL once it listens.
 */
export async function inProcessCloud(dynamoDbEndpoint: string, tableName: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "helios-bench-"));
  // Its banner and request log go to a file, as the child's do; the benchmark keeps the terminal.
  const log = createWriteStream(join(dataDir, "local-cloud.log"));
  process.stdout.write = ((chunk: string | Uint8Array) =>
    log.write(chunk)) as typeof process.stdout.write;
  Object.assign(process.env, {
    PORT: "0",
    DATA_DIR: dataDir,
    DYNAMODB_ENDPOINT: dynamoDbEndpoint,
    TABLE_NAME: tableName,
    SEED_DEMO: "0",
    SCRYPT_LOG2_N,
  });
  delete process.env.PUBLIC_URL;
  await import("../packages/local/src/main");
  for (let waited = 0; waited < 60_000; waited += 100) {
    const url = process.env.PUBLIC_URL;
    if (url) {
      const health = await fetch(`${url}/api/health`).catch(() => undefined);
      if (health?.ok) return url;
    }
    await sleep(100);
  }
  throw new Error("the in-process local cloud did not start");
}
