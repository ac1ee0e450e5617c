import type { IncomingMessage, ServerResponse } from "node:http";
import type { ActionContext } from "./actions/context";
import { actions, unsupportedActions } from "./actions/registry";
import { validateQueueConfigs } from "./config";
import {
  internalFailure,
  invalidAddress,
  missingParameter,
  queueDoesNotExist,
  SqsError,
  serializationException,
  unknownOperation,
  unsupportedOperation,
} from "./errors";
import {
  deadLetterQueueName,
  queueArn,
  queueNameFromUrl,
  queueUrl,
  SQS_PATH,
  sqsEndpoint,
} from "./names";
import { QueuePoller } from "./poller";
import { EmulatedQueue } from "./queue";
import type { QueueConfig, QueueDepth, SqsEmulationOptions, SqsLogger } from "./types";
import { Wakeup } from "./wakeup";
import { sqsAction, writeError, writeResult } from "./wire";

export interface SqsEmulation {
  /** Give this to SQSClient as `endpoint` (or AWS_ENDPOINT_URL_SQS). */
  endpoint: string;
  queueUrl(queueName: string): string;
  matches(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void>;
  /** Starts delivering to the handlers. */
  start(): void;
  /** Stops delivering and waits for the invocations in progress. */
  stop(): Promise<void>;
  depth(queueName: string): QueueDepth;
  /**
   * Resolves once no invocation runs and every queue with a handler holds no message that is
   * receivable within `dueWithinMs` (default: none left at all). A message hidden for longer (a long
   * delay, the visibility timeout after a crashed invocation) does not hold the drain: it is
   * reported by `drainState` as parked. Rejects with `signal`'s reason when it aborts.
   */
  drained(options?: DrainOptions): Promise<void>;
  /** What the drain waits on now: invocations running, messages due soon and parked ones. */
  drainState(dueWithinMs?: number): DrainState;
}

export interface DrainOptions {
  dueWithinMs?: number;
  signal?: AbortSignal;
}

export interface DrainState {
  drained: boolean;
  invocations: number;
  /** Per consumed queue: messages receivable within the bound, and messages hidden beyond it. */
  queues: Record<string, { due: number; parked: number; dlq: number }>;
}

const consoleLogger: SqsLogger = {
  info: (message, details) => console.info(message, details ?? ""),
  warn: (message, details) => console.warn(message, details ?? ""),
  error: (message, details) => console.error(message, details ?? ""),
};

/**
 * SQS as @aws-sdk/client-sqs sees it, on the local cloud's HTTP server, plus Lambda's event source
 * mapping that feeds each queue's handler.
 */
export function createSqsEmulation(options: SqsEmulationOptions): SqsEmulation {
  validateQueueConfigs(options.queues);
  const region = options.region ?? "us-east-1";
  const logger = options.logger ?? consoleLogger;
  const idlePollMs = options.idlePollMs ?? 25;
  const wakeup = new Wakeup();
  const queues = new Map<string, EmulatedQueue>();
  const pollers: QueuePoller[] = [];
  const consumed: EmulatedQueue[] = [];
  let stopped = false;

  const settingsFor = (name: string, config: QueueConfig) => ({
    name,
    fifo: config.fifo,
    arn: queueArn(region, name),
    url: queueUrl(options.baseUrl, name),
    visibilityTimeoutSeconds: config.visibilityTimeoutSeconds,
  });

  for (const config of options.queues) {
    const dlqName = deadLetterQueueName(config.name);
    const deadLetterQueue = new EmulatedQueue(settingsFor(dlqName, config));
    const queue = new EmulatedQueue({
      ...settingsFor(config.name, config),
      redrive: { target: deadLetterQueue, maxReceiveCount: config.maxReceiveCount },
      onDeadLetter: (message) =>
        logger.warn(
          `Message ${message.messageId} moved to ${dlqName} after ${message.receiveCount} receives`,
          {
            queue: config.name,
          },
        ),
    });
    queues.set(config.name, queue);
    queues.set(dlqName, deadLetterQueue);
    if (config.handler) {
      consumed.push(queue);
      pollers.push(
        new QueuePoller({
          queue,
          handler: config.handler,
          batchSize: config.batchSize,
          region,
          invoke: options.invoke,
          logger,
          wakeup,
          concurrency: options.concurrency ?? 4,
          idlePollMs,
        }),
      );
    }
  }

  const context: ActionContext = {
    queueByUrl(url) {
      if (url === "") throw missingParameter("QueueUrl");
      const name = queueNameFromUrl(url);
      if (name === undefined) throw invalidAddress(url);
      const queue = queues.get(name);
      if (!queue) throw queueDoesNotExist();
      return queue;
    },
    queueByName: (name) => queues.get(name),
    queues: () => [...queues.values()],
    queueUrl: (name) => queueUrl(options.baseUrl, name),
    wakeup,
    idlePollMs,
    isStopped: () => stopped,
  };

  async function respond(req: IncomingMessage, body: Buffer): Promise<object> {
    const action = sqsAction(req);
    if (action === undefined) {
      throw unknownOperation(
        "(no X-Amz-Target): this endpoint speaks the AWS JSON 1.0 protocol of @aws-sdk/client-sqs v3",
      );
    }
    const run = actions.get(action);
    if (!run)
      throw unsupportedActions.has(action)
        ? unsupportedOperation(action)
        : unknownOperation(action);
    return run(parseBody(body), context);
  }

  function drainState(dueWithinMs = Number.POSITIVE_INFINITY): DrainState {
    const until = Date.now() + dueWithinMs;
    const invocations = pollers.reduce((sum, poller) => sum + poller.activeInvocations, 0);
    const state: DrainState = { drained: invocations === 0, invocations, queues: {} };
    for (const queue of consumed) {
      const due = queue.dueBy(until);
      if (due > 0) state.drained = false;
      state.queues[queue.name] = {
        due,
        parked: queue.size - due,
        dlq: queue.settings.redrive?.target.size ?? 0,
      };
    }
    return state;
  }

  return {
    endpoint: sqsEndpoint(options.baseUrl),
    queueUrl: (name) => queueUrl(options.baseUrl, name),

    // The SDK may post to the QueueUrl's origin at "/" (its useQueueUrlAsEndpoint behaviour), so the
    // X-Amz-Target header identifies SQS calls as well as the path does.
    matches(req) {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const onPath = path === SQS_PATH || path.startsWith(`${SQS_PATH}/`);
      return onPath || (req.method === "POST" && sqsAction(req) !== undefined);
    },

    async handle(req, res, body) {
      try {
        writeResult(res, await respond(req, body));
      } catch (error) {
        if (error instanceof SqsError) {
          writeError(res, error);
          return;
        }
        logger.error("SQS emulation failed on a request", { error });
        writeError(res, internalFailure());
      }
    },

    start() {
      stopped = false;
      for (const poller of pollers) poller.start();
    },

    async stop() {
      stopped = true;
      wakeup.notify();
      await Promise.all(pollers.map((poller) => poller.stop()));
    },

    depth(queueName) {
      const queue = queues.get(queueName);
      if (!queue) throw queueDoesNotExist();
      return { ...queue.counts(), dlq: queue.settings.redrive?.target.size ?? 0 };
    },

    async drained({ dueWithinMs = Number.POSITIVE_INFINITY, signal } = {}) {
      while (!drainState(dueWithinMs).drained) {
        signal?.throwIfAborted();
        await wakeup.wait(idlePollMs);
      }
    },

    drainState,
  };
}

function parseBody(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw serializationException("The request body is not valid JSON.");
  }
}
