import { type ChildProcess, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { checkJava } from "./check-java";
import { ensureJar } from "./ensure-jar";
import { DynamoDbLocalError } from "./errors";
import { localDynamoDbClient } from "./local-client";
import { OutputTail } from "./output-tail";
import { assertPortFree, findFreePort } from "./ports";

export interface DynamoDbLocalOptions {
  /** Default: a free port. */
  port?: number;
  /** Persist tables in this folder (-dbPath). Without it the database lives in memory. */
  dataDir?: string;
  inMemory?: boolean;
  /** Folder holding DynamoDBLocal.jar. Default: `ensureJar()`'s cache. */
  emulatorDir?: string;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The JVM's pid, for callers that handle signals themselves. */
  pid: number;
  stop(): Promise<void>;
}

const BIND_FAILURES = ["Address already in use", "Failed to bind"];

/** Starts AWS's DynamoDB Local as a child JVM and resolves once it answers a real request. */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> {
  if (options.dataDir !== undefined && options.inMemory === true) {
    throw new DynamoDbLocalError(
      "invalid_options",
      "DynamoDB Local runs either in memory or on a data folder: pass `inMemory` or `dataDir`, not both.",
    );
  }
  const java = await checkJava();
  const emulatorDir = options.emulatorDir ?? (await ensureJar());
  const port = options.port ?? (await findFreePort());
  if (options.port !== undefined) await assertPortFree(port);

  const storage =
    options.dataDir === undefined ? ["-inMemory"] : ["-dbPath", resolvePath(options.dataDir)];
  if (options.dataDir !== undefined) await mkdir(resolvePath(options.dataDir), { recursive: true });

  // -XX:TieredStopAtLevel=1 trades peak speed for a ~30% faster start, which matters more here.
  const args = [
    "-Djava.library.path=./DynamoDBLocal_lib",
    "-XX:TieredStopAtLevel=1",
    "-jar",
    "DynamoDBLocal.jar",
    "-port",
    String(port),
    "-sharedDb",
    ...storage,
    "-disableTelemetry",
  ];
  const child = spawn(java.executable, args, {
    cwd: emulatorDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = new OutputTail();
  child.stdout?.on("data", (chunk: Buffer) => output.append(chunk));
  child.stderr?.on("data", (chunk: Buffer) => output.append(chunk));
  const exited = watchExit(child);

  // SIGINT/SIGTERM handling is the caller's; this only covers every way Node itself exits.
  const killOnExit = (): void => {
    child.kill("SIGKILL");
  };
  process.on("exit", killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    await stopChild(child, exited, options.stopTimeoutMs ?? 5_000);
    process.off("exit", killOnExit);
  };

  try {
    await waitUntilReady(endpoint, port, output, exited, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new DynamoDbLocalError("start_failed", "The JVM has no pid.");
  return { endpoint, port, pid: child.pid, stop };
}

interface ExitWatch {
  done: Promise<void>;
  state: { exited: boolean; description?: string };
}

function watchExit(child: ChildProcess): ExitWatch {
  const state: ExitWatch["state"] = { exited: false };
  const done = new Promise<void>((resolve) => {
    child.on("error", (error) => {
      // A spawn failure (no such executable) emits "error" and never "exit".
      if (child.pid === undefined) {
        Object.assign(state, { exited: true, description: error.message });
        resolve();
      }
    });
    child.once("exit", (code, signal) => {
      Object.assign(state, {
        exited: true,
        description: signal ? `signal ${signal}` : `code ${code}`,
      });
      resolve();
    });
  });
  return { done, state };
}

async function waitUntilReady(
  endpoint: string,
  port: number,
  output: OutputTail,
  exit: ExitWatch,
  timeoutMs: number,
): Promise<void> {
  const client = localDynamoDbClient(endpoint, { maxAttempts: 1, requestTimeoutMs: 2_000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (BIND_FAILURES.some((text) => output.includes(text))) {
        throw new DynamoDbLocalError(
          "port_in_use",
          `DynamoDB Local could not listen on port ${port} (another process took it).\n${output.lines()}`,
        );
      }
      if (exit.state.exited) {
        throw new DynamoDbLocalError(
          "start_failed",
          `DynamoDB Local exited during start (${exit.state.description}).\n${output.lines()}`,
        );
      }
      if (Date.now() > deadline) {
        throw new DynamoDbLocalError(
          "start_timeout",
          `DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms.\n${output.lines()}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await Promise.race([sleep(100), exit.done]);
      }
    }
  } finally {
    client.destroy();
  }
}

async function stopChild(child: ChildProcess, exit: ExitWatch, timeoutMs: number): Promise<void> {
  if (exit.state.exited) return;
  child.kill("SIGTERM");
  if (await exitsWithin(exit, timeoutMs)) return;
  child.kill("SIGKILL");
  if (!(await exitsWithin(exit, timeoutMs))) {
    throw new DynamoDbLocalError(
      "stop_failed",
      `DynamoDB Local (pid ${child.pid}) did not exit after SIGKILL.`,
    );
  }
}

async function exitsWithin(exit: ExitWatch, timeoutMs: number): Promise<boolean> {
  const timer = sleep(timeoutMs, false, { ref: false });
  return Promise.race([exit.done.then(() => true), timer]);
}
