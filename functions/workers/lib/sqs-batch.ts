import {
  BatchProcessor,
  EventType,
  type ParsedRecord,
  processPartialResponse,
  SqsFifoMessageGroupShortCircuitError,
  SqsFifoPartialProcessorAsync,
  SqsFifoShortCircuitError,
} from "@aws-lambda-powertools/batch";
import { parser } from "@aws-lambda-powertools/batch/parser";
import type { BatchProcessorConfig } from "@aws-lambda-powertools/batch/types";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { env } from "@helios/core/config";
import { logger } from "@helios/core/logger";
import { type QueueName, retryAfter } from "@helios/core/queue/queue";
import middy from "@middy/core";
import type {
  Context,
  SQSBatchItemFailure,
  SQSBatchResponse,
  SQSEvent,
  SQSRecord,
} from "aws-lambda";
import type { z } from "zod/mini";
import type { QueueRoute } from "../../routes";

export interface RecordContext {
  /** This is the queue's last delivery of the record: a failure now sends it to the dead-letter queue. */
  lastAttempt: boolean;
}

/** A queue's worker: the queue, its message body's schema and what to do with one valid body. */
export interface QueueWorker<Body extends z.ZodMiniType> {
  queue: { name: QueueName; route: QueueRoute };
  /** Bodies are JSON; each is parsed and validated once, by the Powertools parser, before `handle`. */
  body: Body;
  handle(job: z.output<Body>, context: RecordContext): Promise<void>;
}

/** Seconds before retry n (1-based): exponential from AI_RETRY_BASE_SECONDS (default 10), at most 5 min. */
export function backoffSeconds(receiveCount: number): number {
  const base = Number(env("AI_RETRY_BASE_SECONDS") ?? 10);
  return Math.min(300, base * 2 ** Math.max(0, receiveCount - 1));
}

/** A queue worker's Lambda handler: every log line of the invocation carries the Lambda context. */
export const queueWorker = <Body extends z.ZodMiniType>(worker: QueueWorker<Body>) =>
  middy<SQSEvent, SQSBatchResponse>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler((event, context) => handleBatch(event, context, worker));

/**
 * Handles a whole SQS batch with Powertools' batch processing and reports the records that failed
 * (batchItemFailures; never the whole batch, even when every record failed). On a FIFO queue each
 * message group gets its own SqsFifoPartialProcessorAsync: a group's records run in order and
 * after a failure the rest of that group is reported failed too, so order holds, while the groups
 * run in parallel. Failed records come back after a backoff instead of the whole visibility timeout.
 */
export async function handleBatch<Body extends z.ZodMiniType>(
  event: SQSEvent,
  context: Context,
  worker: QueueWorker<Body>,
): Promise<SQSBatchResponse> {
  const batches = worker.queue.route.fifo ? [...groupsOf(event.Records)] : [event.Records];
  const failures = await Promise.all(
    batches.map((records) => processRecords(records, context, worker)),
  );
  return { batchItemFailures: failures.flat() };
}

/** SqsFifoPartialProcessorAsync takes no parser configuration (2.35); its base class does. */
class ParsingSqsFifoProcessor extends SqsFifoPartialProcessorAsync {
  constructor(config: BatchProcessorConfig) {
    super();
    this.parserConfig = config;
  }
}

async function processRecords<Body extends z.ZodMiniType>(
  records: SQSRecord[],
  context: Context,
  { queue, body, handle }: QueueWorker<Body>,
): Promise<SQSBatchItemFailure[]> {
  const config: BatchProcessorConfig = { parser, innerSchema: body, transformer: "json", logger };
  const processor = queue.route.fifo
    ? new ParsingSqsFifoProcessor(config)
    : new BatchProcessor(EventType.SQS, config);
  const { batchItemFailures } = await processPartialResponse(
    { Records: records },
    (record: ParsedRecord<SQSRecord, z.output<Body>>) =>
      handle(record.body, { lastAttempt: receiveCountOf(record) >= queue.route.maxReceiveCount }),
    processor,
    { context, throwOnFullBatchFailure: false },
  );
  const failed = new Set(batchItemFailures.map((failure) => failure.itemIdentifier));
  const failedRecords = records.filter((record) => failed.has(record.messageId));
  logFailures(queue.route, processor.failureMessages as SQSRecord[], processor.errors);
  // A FIFO group waits as long as its first failure does; a standard queue's record by itself.
  const [first] = failedRecords;
  for (const record of failedRecords) {
    const seconds = backoffSeconds(receiveCountOf(queue.route.fifo && first ? first : record));
    await backOff(queue.name, record, seconds);
  }
  return batchItemFailures;
}

function* groupsOf(records: SQSRecord[]): Iterable<SQSRecord[]> {
  const groups = new Map<string, SQSRecord[]>();
  for (const record of records) {
    const group = record.attributes.MessageGroupId ?? "";
    groups.set(group, [...(groups.get(group) ?? []), record]);
  }
  yield* groups.values();
}

const receiveCountOf = (record: Pick<SQSRecord, "attributes">) =>
  Number(record.attributes.ApproximateReceiveCount || "1");

/** The records that failed themselves (not those held back behind them in their FIFO group). */
function logFailures(route: QueueRoute, records: SQSRecord[], errors: Error[]) {
  for (const [index, record] of records.entries()) {
    const error = errors[index];
    const heldBack =
      error instanceof SqsFifoShortCircuitError ||
      error instanceof SqsFifoMessageGroupShortCircuitError;
    if (heldBack) continue;
    logger.error("queue record failed", {
      queue: route.name,
      messageId: record.messageId,
      receiveCount: receiveCountOf(record),
      error,
    });
  }
}

async function backOff(queue: QueueName, record: SQSRecord, seconds: number) {
  try {
    await retryAfter(queue, record.receiptHandle, seconds);
  } catch (error) {
    // Without the backoff the record still comes back, after the queue's visibility timeout.
    logger.warn("could not set the retry backoff", { messageId: record.messageId, error });
  }
}

/** The manifest's entry of a queue, by name. */
export function queueRoute(routes: readonly QueueRoute[], name: string): QueueRoute {
  const route = routes.find((entry) => entry.name === name);
  if (!route) throw new Error(`No queue named ${name} in functions/routes.ts`);
  return route;
}
