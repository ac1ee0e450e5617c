import { db } from "@helios/core/db/client";

export type RequestObserver = (request: { command: string; input: unknown }) => void;

const observers = new Set<RequestObserver>();
let installed = false;

/**
 * Lets the benchmark count the requests an operation makes: a middleware that the benchmark adds
 * to the core's document client of this process (the local cloud's API runs in it), so the
 * production client carries no hook. Returns the way to stop observing.
 */
export function observeRequests(observer: RequestObserver): () => void {
  if (!installed) {
    db().middlewareStack.add(
      (next, context) => (args) => {
        for (const each of observers)
          each({ command: context.commandName ?? "unknown", input: args.input });
        return next(args);
      },
      { step: "initialize", name: "benchRequestObservers" },
    );
    installed = true;
  }
  observers.add(observer);
  return () => observers.delete(observer);
}
