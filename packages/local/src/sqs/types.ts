import type { SQSEvent } from "aws-lambda";

/** A queue as the stack declares it (functions/routes.ts `queueRoutes` fits this shape). */
export interface QueueConfig {
  /** FIFO names end with `.fifo`. */
  name: string;
  fifo: boolean;
  visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the queue's dead-letter queue. */
  maxReceiveCount: number;
  /** Most records in one event given to the handler. */
  batchSize: number;
  /** `"functions/workers/x.handler"`; without it nothing consumes the queue (as before a worker exists). */
  handler?: string;
}

/**
 * Runs a handler module with an event and returns what it returned. The result is checked as a
 * Lambda SQS batch response (`{ batchItemFailures }`) before use, hence `unknown`.
 */
export type InvokeHandler = (handler: string, event: SQSEvent) => Promise<unknown>;

export interface SqsLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface SqsEmulationOptions {
  /** The local cloud's origin, e.g. `http://localhost:3000`. */
  baseUrl: string;
  queues: readonly QueueConfig[];
  invoke: InvokeHandler;
  logger?: SqsLogger;
  /** Region in ARNs and events. Default `us-east-1`. */
  region?: string;
  /** Concurrent handler invocations per queue (Lambda runs several batches at once). Default 4. */
  concurrency?: number;
  /** How often an idle poller looks again, for visibility timeouts that expire. Default 25 ms. */
  idlePollMs?: number;
}

export interface QueueDepth {
  /** Receivable now. */
  visible: number;
  /** Received and not yet deleted, within their visibility timeout. */
  inFlight: number;
  /** Sent with DelaySeconds that has not elapsed. */
  delayed: number;
  /** Messages in this queue's dead-letter queue (0 for a dead-letter queue itself). */
  dlq: number;
}
