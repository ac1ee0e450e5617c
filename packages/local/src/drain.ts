import type { IncomingMessage, ServerResponse } from "node:http";
import { setImmediate as nextTurn } from "node:timers/promises";
import { z } from "zod";
import type { ThreadInvoker } from "./lambda/thread-invoke";
import type { ProviderSandbox } from "./sandbox/index";
import type { DrainState, SqsEmulation } from "./sqs/emulation";
import type { TableStream } from "./streams/table-stream";

/** Only the local cloud serves it (never AWS): tests call it instead of sleeping. */
export const DRAIN_PATH = "/_local/drain";

/**
 * `POST /_local/drain {timeoutMs?, dueWithinMs?, callbacks?}`. Answers 200 once, at one moment, all
 * of this holds: no worker invocation runs (in the pollers nor in the function threads), and no
 * queue with a worker holds a message receivable within `dueWithinMs` (visible, delayed, or hidden
 * by a visibility timeout or a retry backoff; those due later are reported as `parked`; a message
 * moved to a dead-letter queue is done). With `callbacks: true`, also: the provider sandbox has no
 * status callback pending (they take a few hundred ms each, so only tests that assert on them ask).
 * Work that one part starts while another is waited for (a callback's webhook enqueues a job, a
 * worker sends a message) is waited for too, and so is the table's stream: every record written
 * before the drain's last look has been handled by its consumers (the search indexer). Not drained after `timeoutMs`: 504 with what is
 * still pending.
 */
export const DrainRequest = z
  .object({
    timeoutMs: z.number().int().min(0).max(120_000).default(20_000),
    dueWithinMs: z.number().int().min(0).max(600_000).default(5_000),
    callbacks: z.boolean().default(false),
  })
  .strict();
export type DrainRequest = z.infer<typeof DrainRequest>;

export interface DrainParts {
  sqs: SqsEmulation;
  workers: Pick<ThreadInvoker, "running">;
  sandbox: Pick<ProviderSandbox, "idle">;
  /** The table's stream consumers (the search indexer), once started. */
  streams?: Pick<TableStream, "caughtUp" | "settled">;
}

export type DrainAnswer = DrainState & {
  callbacksPending: boolean;
  threadInvocations: number;
  /** Records written to the table before the last look that its stream consumers have not handled. */
  streamBehind: boolean;
};

/** Waits until everything is quiet; resolves with the state seen then, or the last one at the timeout. */
export async function drain(parts: DrainParts, request: DrainRequest): Promise<DrainAnswer> {
  const signal = AbortSignal.timeout(request.timeoutMs);
  const settled = new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve()));
  for (;;) {
    await Promise.race([
      parts.sqs.drained({ dueWithinMs: request.dueWithinMs, signal }).catch(() => undefined),
      settled,
    ]);
    if (request.callbacks) await Promise.race([parts.sandbox.idle(), settled]);
    // Everything written before this moment (by the caller or by the workers) reaches the index.
    const since = Date.now();
    await parts.streams?.settled(since, signal);
    const answer = await snapshot(parts, request, since);
    if (answer.drained || signal.aborted) return answer;
  }
}

async function snapshot(
  parts: DrainParts,
  request: DrainRequest,
  since: number,
): Promise<DrainAnswer> {
  // idle() settles within microtasks when nothing is pending; a callback running takes longer.
  const callbacksPending =
    request.callbacks &&
    !(await Promise.race([parts.sandbox.idle().then(() => true), nextTurn(false)]));
  const state = parts.sqs.drainState(request.dueWithinMs);
  const threadInvocations = parts.workers.running();
  const streamBehind = parts.streams ? !parts.streams.caughtUp(since) : false;
  return {
    ...state,
    drained: state.drained && !callbacksPending && threadInvocations === 0 && !streamBehind,
    callbacksPending,
    threadInvocations,
    streamBehind,
  };
}

/** The route: 200 with the state once drained, 504 with what is pending, 400 on a bad body. */
export async function handleDrain(
  parts: DrainParts,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
): Promise<number> {
  const json = (status: number, payload: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    return status;
  };
  if (req.method !== "POST")
    return json(405, { error: { code: "method_not_allowed", message: "POST to drain" } });
  let parsed: ReturnType<typeof DrainRequest.safeParse>;
  try {
    parsed = DrainRequest.safeParse(body.length ? JSON.parse(body.toString("utf8")) : {});
  } catch {
    return json(400, { error: { code: "invalid_json", message: "The body is not JSON." } });
  }
  if (!parsed.success) {
    return json(400, {
      error: {
        code: "validation_failed",
        message:
          "Give timeoutMs (≤ 120000) and dueWithinMs (≤ 600000) in whole milliseconds, callbacks as true or false.",
        fields: z.flattenError(parsed.error).fieldErrors,
      },
    });
  }
  const answer = await drain(parts, parsed.data);
  if (answer.drained) return json(200, answer);
  return json(504, {
    error: {
      code: "not_drained",
      message: `Still busy after ${parsed.data.timeoutMs} ms: see pending.`,
    },
    pending: answer,
  });
}
