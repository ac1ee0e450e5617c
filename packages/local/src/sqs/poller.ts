import type { SQSRecord } from "aws-lambda";
import { readBatchResponse, withLaterGroupRecordsFailed } from "./batch-response";
import { toSqsRecord } from "./lambda-event";
import type { EmulatedQueue, ReceivedMessage } from "./queue";
import type { InvokeHandler, SqsLogger } from "./types";
import type { Wakeup } from "./wakeup";

export interface PollerOptions {
  queue: EmulatedQueue;
  handler: string;
  batchSize: number;
  region: string;
  invoke: InvokeHandler;
  logger: SqsLogger;
  wakeup: Wakeup;
  concurrency: number;
  idlePollMs: number;
}

/**
 * Lambda's SQS event source mapping for one queue: receives batches (the queue keeps FIFO groups
 * locked while in flight), invokes the handler, deletes what succeeded and leaves failures to
 * reappear after their visibility timeout.
 */
export class QueuePoller {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly invocations = new Set<Promise<void>>();

  constructor(private readonly options: PollerOptions) {}

  /** Invocations of the handler running now. */
  get activeInvocations(): number {
    return this.invocations.size;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops taking batches and waits for the invocations already running. */
  async stop(): Promise<void> {
    this.running = false;
    this.options.wakeup.notify();
    await this.loop;
    await Promise.all(this.invocations);
  }

  private async run(): Promise<void> {
    const { queue, batchSize, concurrency, wakeup, idlePollMs } = this.options;
    while (this.running) {
      while (this.running && this.invocations.size < concurrency) {
        const batch = queue.receive(batchSize, queue.settings.visibilityTimeoutSeconds);
        if (batch.length === 0) break;
        const invocation: Promise<void> = this.process(batch).finally(() => {
          this.invocations.delete(invocation);
        });
        this.invocations.add(invocation);
      }
      // Sleeps until a send, delete or finished invocation, or the timer that catches expiring
      // visibility timeouts and delays.
      await Promise.race([wakeup.wait(idlePollMs), ...this.invocations]);
    }
  }

  private async process(batch: readonly ReceivedMessage[]): Promise<void> {
    const { queue, handler, region, logger, wakeup } = this.options;
    const records = batch.map((message) => toSqsRecord(message, queue.settings.arn, region));
    let failed = await this.invokeHandler(records);
    if (queue.fifo) failed = withLaterGroupRecordsFailed(records, failed);
    for (const record of records) {
      if (!failed.has(record.messageId)) queue.delete(record.receiptHandle);
    }
    if (failed.size > 0) {
      logger.warn(
        `${handler}: ${failed.size} of ${records.length} message(s) failed and will be retried after the visibility timeout`,
        {
          queue: queue.name,
          messageIds: [...failed],
        },
      );
    }
    wakeup.notify();
  }

  /** Returns the ids of the records to retry. Never throws: a failing handler fails its batch. */
  private async invokeHandler(records: SQSRecord[]): Promise<Set<string>> {
    const { queue, handler, invoke, logger } = this.options;
    const everything = new Set(records.map((record) => record.messageId));
    try {
      const outcome = readBatchResponse(await invoke(handler, { Records: records }), records);
      if (outcome.kind === "failed") return outcome.messageIds;
      logger.error(
        `${handler} returned an invalid batch response (${outcome.reason}); the whole batch fails`,
        {
          queue: queue.name,
        },
      );
      return everything;
    } catch (error) {
      logger.error(`${handler} threw; the whole batch fails`, { queue: queue.name, error });
      return everything;
    }
  }
}
