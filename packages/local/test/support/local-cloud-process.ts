import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../src/paths";

export interface LocalCloudProcess {
  url: string;
  pid: number;
  logFile: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const READY = /Helios local cloud ready at (\S+)/;

/** The table the tests' local cloud uses in the run's DynamoDB Local. */
export const API_TEST_TABLE = "helios-api-test";

/** Runs `packages/local/src/main.ts` as `npm start` does, in its own process, on a free port. */
export function startLocalCloud(options: {
  dataDir: string;
  dynamoDbEndpoint?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<LocalCloudProcess> {
  const logFile = join(options.dataDir, "local-cloud.log");
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(process.execPath, ["--import", "tsx", "packages/local/src/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: "0",
      DATA_DIR: options.dataDir,
      TABLE_NAME: API_TEST_TABLE,
      SEED_DEMO: "1",
      // A test's own local cloud loads only the functions its test invokes (the run's shared one,
      // started by global-setup, loads them all).
      PRELOAD_FUNCTIONS: "0",
      ...(options.dynamoDbEndpoint ? { DYNAMODB_ENDPOINT: options.dynamoDbEndpoint } : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const stop = async (signal: NodeJS.Signals = "SIGINT") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };

  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      void stop("SIGKILL");
      reject(new Error(`The local cloud did not start in time; its output:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(READY);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        resolve({ url: match[1], pid: child.pid ?? 0, logFile, child, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The local cloud exited (${code}) before it was ready:\n${output}`));
    });
  });
}
