import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";
import { repoRoot } from "../paths";

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<LambdaHandler>>();

/** Loads `"functions/http/health.handler"` the way Lambda does: the module once, then its export. */
export function loadHandler(handler: string): Promise<LambdaHandler> {
  let promise = loaded.get(handler);
  if (!promise) {
    promise = importHandler(handler);
    loaded.set(handler, promise);
  }
  return promise;
}

async function importHandler(handler: string): Promise<LambdaHandler> {
  const dot = handler.lastIndexOf(".");
  const file = handler.slice(0, dot);
  const exportName = handler.slice(dot + 1);
  const module: Record<string, unknown> = await import(
    pathToFileURL(join(repoRoot, `${file}.ts`)).href
  );
  const fn = module[exportName];
  if (typeof fn !== "function")
    throw new Error(`${file}.ts has no exported function ${exportName}`);
  return fn as LambdaHandler;
}

const TIMEOUT_MS = 30_000;

export function lambdaContext(functionName: string): Context {
  const deadline = Date.now() + TIMEOUT_MS;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: "1024",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

const invocations = new AsyncLocalStorage<{ handler: string }>();

/** The handler whose invocation is running here, if any (the benchmark attributes requests by it). */
export const currentInvocation = () => invocations.getStore();

/** Invokes a handler module with an event and a Lambda context, as Lambda would. */
export async function invoke(handler: string, event: unknown): Promise<unknown> {
  const fn = await loadHandler(handler);
  return invocations.run({ handler }, () =>
    fn(event, lambdaContext(handler.replace(/[^A-Za-z0-9-_]/g, "-"))),
  );
}
