/**
 * The route manifest (functions/routes.ts) as the stacks read it: every HTTP, WebSocket and queue
 * entry point is declared there once and wired here automatically. Nothing in stacks/ lists a handler
 * or a queue.
 */
import {
  httpRoutes,
  type QueueRoute,
  queueRoutes,
  webSocketRoutes,
} from "@helios/functions/routes";
import { WORKER_TIMEOUT_SECONDS } from "./defaults";

export type { HttpRoute, QueueRoute } from "@helios/functions/routes";

/**
 * What a handler is, from its folder (a queue worker must live in functions/workers/). What a
 * function may touch comes from its group's grants in functions/routes.ts, not from this.
 */
export type FunctionKind = "http" | "webhook" | "ws" | "worker";

export function functionKind(handler: string): FunctionKind {
  if (handler.startsWith("functions/webhooks/")) return "webhook";
  if (handler.startsWith("functions/ws/")) return "ws";
  if (handler.startsWith("functions/workers/")) return "worker";
  return "http";
}

/** `"METHOD /path"` → handler, refusing two entries for the same route key. */
export function httpRouteHandlers(): Record<string, string> {
  const byKey: Record<string, string> = {};
  for (const route of httpRoutes) {
    const key = `${route.method} ${route.path}`;
    if (key in byKey) throw new Error(`functions/routes.ts declares "${key}" twice`);
    byKey[key] = route.handler;
  }
  return byKey;
}

export function webSocketRouteHandlers(): Record<string, string> {
  return { ...webSocketRoutes };
}

/** The queues, checked: a mistake in the manifest fails the synth instead of the deploy. */
export function declaredQueues(): readonly QueueRoute[] {
  const names = new Set<string>();
  const urlVariables = new Set<string>();
  for (const queue of queueRoutes) {
    const problem = queueProblem(queue, names, urlVariables);
    if (problem) throw new Error(`functions/routes.ts: queue "${queue.name}": ${problem}`);
    names.add(queue.name);
    urlVariables.add(queue.urlEnv);
  }
  return queueRoutes;
}

function queueProblem(queue: QueueRoute, names: Set<string>, urlVariables: Set<string>) {
  if (names.has(queue.name)) return "declared twice";
  if (urlVariables.has(queue.urlEnv)) return `${queue.urlEnv} is used by another queue`;
  if (queue.fifo !== queue.name.endsWith(".fifo")) return "a FIFO queue's name ends with .fifo";
  if (queue.visibilityTimeoutSeconds <= WORKER_TIMEOUT_SECONDS) {
    return `visibilityTimeoutSeconds must exceed the worker timeout (${WORKER_TIMEOUT_SECONDS} s)`;
  }
  if (!(queue.maxReceiveCount >= 1)) return "maxReceiveCount must be at least 1";
  if (!(queue.batchSize >= 1 && queue.batchSize <= 10)) return "batchSize must be 1 to 10";
  if (queue.handler !== undefined && functionKind(queue.handler) !== "worker") {
    return "a worker's handler lives in functions/workers/";
  }
  return undefined;
}

/** `ai-replies.fifo` → `AiReplies`: the construct id, also the end of the queue's physical name. */
export function queueConstructId(name: string): string {
  return name
    .replace(/\.fifo$/, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}
