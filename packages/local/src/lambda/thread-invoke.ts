import { SHARE_ENV, Worker } from "node:worker_threads";
import type { InvocationReply, ThreadRequest } from "./thread-protocol";

export interface ThreadInvoker {
  /** Invokes `"functions/workers/x.handler"` in that function's own thread; resolves with its result. */
  invoke(handler: string, event: unknown): Promise<unknown>;
  /**
   * Starts these functions' threads and loads their modules, once the environment they read at
   * load time is set: the first message is then not delayed by a cold start.
   */
  warm(handlers: readonly string[]): void;
  /** Invocations posted to a thread that have not answered yet (the drain waits for none). */
  running(): number;
  /** Ends every thread (after the pollers stopped: an invocation still running is rejected). */
  close(): Promise<void>;
}

interface FunctionThread {
  worker: Worker;
  pending: Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;
}

// Registers tsx in the thread, then loads thread-entry.ts (the handlers are TypeScript).
const entry = new URL("./thread-boot.mjs", import.meta.url);

/**
 * Each queue function runs in a worker thread of its own, with its own event loop, as a separate
 * Lambda runs in its own runtime on AWS: a slow AI turn no longer delays the webhooks the API
 * answers. The threads share this process's environment (SHARE_ENV), so they see the table
 * endpoint, secrets, queue URLs and sandbox base URLs the local cloud sets once it listens. A
 * thread that crashes is replaced at the next invocation, as Lambda replaces a failed runtime.
 */
export function createThreadInvoker(): ThreadInvoker {
  const threads = new Map<string, FunctionThread>();
  let nextId = 0;

  function threadFor(handler: string): FunctionThread {
    const existing = threads.get(handler);
    if (existing) return existing;
    const worker = new Worker(entry, { env: SHARE_ENV, name: handler });
    const thread: FunctionThread = { worker, pending: new Map() };
    const failAll = (error: Error) => {
      if (threads.get(handler) === thread) threads.delete(handler);
      for (const { reject } of thread.pending.values()) reject(error);
      thread.pending.clear();
    };
    worker.on("message", (reply: InvocationReply) => {
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else
        waiting.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    });
    worker.on("error", (error) => failAll(error));
    worker.on("exit", (code) => failAll(new Error(`${handler}'s thread exited (${code})`)));
    // An idle function thread does not keep the process alive; the pollers do while they run.
    worker.unref();
    threads.set(handler, thread);
    return thread;
  }

  return {
    invoke(handler, event) {
      const thread = threadFor(handler);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        const request: ThreadRequest = { kind: "invoke", id, handler, event };
        thread.worker.postMessage(request);
      });
    },
    warm(handlers) {
      for (const handler of handlers) {
        const request: ThreadRequest = { kind: "load", handler };
        threadFor(handler).worker.postMessage(request);
      }
    },
    running: () => [...threads.values()].reduce((sum, thread) => sum + thread.pending.size, 0),
    async close() {
      const running = [...threads.values()];
      threads.clear();
      await Promise.all(running.map(({ worker }) => worker.terminate()));
    },
  };
}
