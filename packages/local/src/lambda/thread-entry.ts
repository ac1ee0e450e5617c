import "../quiet-sdk-warning";
import { parentPort } from "node:worker_threads";
import { clearCaches } from "@helios/core/cache/caches";
import { invoke, loadHandler } from "./invoke";
import type { InvocationReply, ThreadRequest } from "./thread-protocol";

/** A function's runtime in its own thread: runs each invocation the local cloud posts, concurrently. */
const port = parentPort;
if (!port)
  throw new Error("thread-entry.ts runs only as a worker thread (lambda/thread-invoke.ts)");

port.on("message", (request: ThreadRequest) => {
  // A module that fails to load fails the invocations that follow, which report it.
  if (request.kind === "load") loadHandler(request.handler).catch(() => undefined);
  else void run(request).then((reply) => port.postMessage(reply));
});

async function run({
  id,
  handler,
  event,
}: Extract<ThreadRequest, { kind: "invoke" }>): Promise<InvocationReply> {
  try {
    // The API runs in another thread here, as in another function on AWS, and cannot empty this
    // thread's caches after its writes: each batch starts from fresh reads instead.
    clearCaches();
    // A handler's result is JSON on AWS too: cloning its JSON keeps the structured clone safe.
    const result = await invoke(handler, event);
    return {
      id,
      ok: true,
      result: result === undefined ? undefined : JSON.parse(JSON.stringify(result)),
    };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return { id, ok: false, error: { message: failure.message, stack: failure.stack } };
  }
}
