/** The local clouds the benchmark measures, each on the one DynamoDB Local of the run. */
import { spawn } from "node:child_process";
import { closeSync, createWriteStream, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "../packages/local/src/paths";

/** Signups in the benchmark need no production-strength password hashing. */
const SCRYPT_LOG2_N = "14";

/** A bench local cloud's settings: any free port, its own data folder and table, no demo tenant. */
const cloudEnv = (dataDir: string, dynamoDbEndpoint: string, tableName: string) => ({
  PORT: "0",
  DATA_DIR: dataDir,
  DYNAMODB_ENDPOINT: dynamoDbEndpoint,
  TABLE_NAME: tableName,
  SEED_DEMO: "0",
  SCRYPT_LOG2_N,
});

export interface ChildCloud {
  url: string;
  /** The local cloud's process (its worker threads included), for its CPU time. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * `npm start` in its own process, as the ingest load sees it from outside. Its output goes straight
 * to a file: piped through this busy process, a full pipe would stall the cloud's own writes.
 */
export async function childCloud(dynamoDbEndpoint: string, tableName: string): Promise<ChildCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), "helios-bench-"));
  const logFile = join(dataDir, "local-cloud.log");
  const fd = openSync(logFile, "a");
  // `BENCH_CPU_PROF=<dir>` writes the local cloud's CPU profile (its worker threads' too) there.
  const profile = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, "--import", "tsx", "packages/local/src/main.ts"],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...cloudEnv(dataDir, dynamoDbEndpoint, tableName),
        // Every bench tenant signs up from this machine's one address.
        SIGNUP_LIMIT_PER_ADDRESS: "100000",
      },
      stdio: ["ignore", fd, fd],
    },
  );
  closeSync(fd);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
    await exited;
  };
  for (let waited = 0; waited < 60_000; waited += 100) {
    const url = readFileSync(logFile, "utf8").match(/Helios local cloud ready at (\S+)/)?.[1];
    if (url) return { url, pid: child.pid ?? 0, stop };
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  await stop();
  throw new Error(`The local cloud did not start; its output:\n${readFileSync(logFile, "utf8")}`);
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
  Object.assign(process.env, cloudEnv(dataDir, dynamoDbEndpoint, tableName));
  delete process.env.PUBLIC_URL;
  // Its entry point reads its own options from the command line: the benchmark's are not for it.
  process.argv.splice(2);
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
