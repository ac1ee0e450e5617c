import { SqsConfigError } from "./errors";
import { deadLetterQueueName, isFifoName, isValidQueueName } from "./names";
import { MAX_VISIBILITY_TIMEOUT_SECONDS } from "./queue";
import type { QueueConfig } from "./types";

/** Lambda's limits for an SQS event source: FIFO batches hold at most 10 records. */
const MAX_BATCH_SIZE = { fifo: 10, standard: 10_000 };

/** Refuses, at start, a queue list that AWS would refuse at deploy. */
export function validateQueueConfigs(queues: readonly QueueConfig[]): void {
  const names = new Set<string>();
  for (const queue of queues) {
    const problem = describeProblem(queue);
    if (problem) throw new SqsConfigError(`Queue ${queue.name}: ${problem}`);
    for (const name of [queue.name, deadLetterQueueName(queue.name)]) {
      if (names.has(name)) throw new SqsConfigError(`Queue ${name} is declared twice.`);
      names.add(name);
    }
  }
}

function describeProblem(queue: QueueConfig): string | undefined {
  if (!isValidQueueName(queue.name)) {
    return "names are 1–80 letters, digits, hyphens and underscores (FIFO names end with .fifo)";
  }
  if (queue.fifo !== isFifoName(queue.name)) {
    return queue.fifo
      ? "a FIFO queue's name must end with .fifo"
      : "only FIFO queues' names end with .fifo";
  }
  if (
    !Number.isInteger(queue.visibilityTimeoutSeconds) ||
    queue.visibilityTimeoutSeconds < 0 ||
    queue.visibilityTimeoutSeconds > MAX_VISIBILITY_TIMEOUT_SECONDS
  ) {
    return `visibilityTimeoutSeconds must be a whole number from 0 to ${MAX_VISIBILITY_TIMEOUT_SECONDS}`;
  }
  if (
    !Number.isInteger(queue.maxReceiveCount) ||
    queue.maxReceiveCount < 1 ||
    queue.maxReceiveCount > 1000
  ) {
    return "maxReceiveCount must be a whole number from 1 to 1000";
  }
  const maxBatch = queue.fifo ? MAX_BATCH_SIZE.fifo : MAX_BATCH_SIZE.standard;
  if (!Number.isInteger(queue.batchSize) || queue.batchSize < 1 || queue.batchSize > maxBatch) {
    return `batchSize must be a whole number from 1 to ${maxBatch}`;
  }
  return undefined;
}
