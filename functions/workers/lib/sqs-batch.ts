import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { env } from "@helios/core/config";
import { logger } from "@helios/core/logger";
import { type QueueName, retryAfter } from "@helios/core/queue/queue";
import middy from "@middy/core";
import type { SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import type { QueueRoute } from "../../routes";

export interface RecordContext {
  /** This is the queue's last delivery of the record: a failure now sends it to the dead-letter queue. */
  lastAttempt: boolean;
}

/** Seconds before retry n (1-based): exponential from AI_RETRY_BASE_SECONDS (default 10), at most 5 min. */
export function backoffSeconds(receiveCount: number): number {
  const base = Number(env("AI_RETRY_BASE_SECONDS") ?? 10);
  return Math.min(300, base * 2 ** Math.max(0, receiveCount - 1));
}

/** A queue worker's Lambda handler: every log line of the invocation carries the Lambda context. */
export const workerHandler = (handle: (event: SQSEvent) => Promise<SQSBatchResponse>) =>
  middy<SQSEvent, SQSBatchResponse>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(handle);

/**
 * Handles a whole SQS batch and reports the records that failed (batchItemFailures). On a FIFO
 * queue the records of one message group run in order, and after a failure the rest of that group
 * is reported failed too, so order holds; groups run in parallel. Failed records come back after
 * a backoff instead of the whole visibility timeout.
 */
export async function handleBatch(
  event: SQSEvent,
  queue: { name: QueueName; route: QueueRoute },
  handle: (record: SQSRecord, context: RecordContext) => Promise<void>,
): Promise<SQSBatchResponse> {
  const groups = new Map<string, SQSRecord[]>();
  for (const record of event.Records) {
    const group = queue.route.fifo ? (record.attributes.MessageGroupId ?? "") : record.messageId;
    groups.set(group, [...(groups.get(group) ?? []), record]);
  }
  const failed: SQSRecord[] = [];
  await Promise.all(
    [...groups.values()].map(async (records) => {
      for (const [index, record] of records.entries()) {
        const receiveCount = Number(record.attributes.ApproximateReceiveCount || "1");
        try {
          await handle(record, { lastAttempt: receiveCount >= queue.route.maxReceiveCount });
        } catch (error) {
          logger.error("queue record failed", {
            queue: queue.route.name,
            messageId: record.messageId,
            receiveCount,
            error,
          });
          failed.push(...records.slice(index));
          await backOff(queue.name, records.slice(index), backoffSeconds(receiveCount));
          return;
        }
      }
    }),
  );
  return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
}

async function backOff(queue: QueueName, records: SQSRecord[], seconds: number) {
  for (const record of records) {
    try {
      await retryAfter(queue, record.receiptHandle, seconds);
    } catch (error) {
      // Without the backoff the record still comes back, after the queue's visibility timeout.
      logger.warn("could not set the retry backoff", { messageId: record.messageId, error });
    }
  }
}

/** The manifest's entry of a queue, by name. */
export function queueRoute(routes: readonly QueueRoute[], name: string): QueueRoute {
  const route = routes.find((entry) => entry.name === name);
  if (!route) throw new Error(`No queue named ${name} in functions/routes.ts`);
  return route;
}
