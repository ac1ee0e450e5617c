/**
 * The work queues of the manifest's `queueRoutes`, each with a dead-letter queue. A queue gets a
 * consumer only when its entry names a worker `handler`; until then it exists without one. Every
 * queue refuses requests that are not over TLS.
 */
import { defaultWorkerGrants } from "@helios/functions/routes";
import { Duration } from "aws-cdk-lib";
import { Queue, type Function as SstFunction, type StackContext, use } from "sst/constructs";
import { createFunction, WORKER_TIMEOUT_SECONDS } from "./defaults";
import { grantsFor } from "./grants";
import { declaredQueues, queueConstructId } from "./manifest";
import { Realtime } from "./realtime";
import { Secrets } from "./secrets";
import { Storage } from "./storage";

export function Queues({ stack }: StackContext) {
  const queues = declaredQueues().map((entry) => {
    const id = queueConstructId(entry.name);
    const deadLetters = new Queue(stack, `${id}DeadLetters`, {
      cdk: {
        queue: { fifo: entry.fifo, retentionPeriod: Duration.days(14), enforceSSL: true },
      },
    });
    const queue = new Queue(stack, id, {
      cdk: {
        queue: {
          fifo: entry.fifo,
          // FIFO producers set a deduplication id (e.g. the provider's message id).
          ...(entry.fifo ? { contentBasedDeduplication: false } : {}),
          visibilityTimeout: Duration.seconds(entry.visibilityTimeoutSeconds),
          deadLetterQueue: { queue: deadLetters.cdk.queue, maxReceiveCount: entry.maxReceiveCount },
          enforceSSL: true,
        },
      },
    });
    return { entry, queue, deadLetters };
  });

  /** The queues by manifest name, for the functions that feed them (stacks/grants.ts). */
  const byName = new Map(
    queues.map(({ entry, queue }) => [
      entry.name,
      { queue: queue.cdk.queue, urlEnv: entry.urlEnv },
    ]),
  );

  const workers = queues.flatMap(({ entry, queue }) =>
    entry.handler ? [{ entry, queue, handler: entry.handler }] : [],
  );
  const workerFunctions: { entry: (typeof workers)[number]["entry"]; fn: SstFunction }[] = [];
  if (workers.length > 0) {
    const { table, indexNames } = use(Storage);
    const { secrets } = use(Secrets);
    const { publisher } = use(Realtime);
    for (const { entry, queue, handler } of workers) {
      const id = `${queueConstructId(entry.name)}Worker`;
      const fn = createFunction(
        stack,
        id,
        handler,
        { timeout: `${WORKER_TIMEOUT_SECONDS} seconds` },
        // Its own queue's URL: a failed record's backoff changes its visibility there.
        { environment: { [entry.urlEnv]: queue.queueUrl } },
        ...grantsFor(entry.grants ?? defaultWorkerGrants, {
          table,
          indexNames,
          secrets,
          queues: byName,
          publisher,
        }),
      );
      queue.addConsumer(stack, {
        function: fn,
        // The event source grants receive/delete/change-visibility on this queue only.
        cdk: { eventSource: { batchSize: entry.batchSize, reportBatchItemFailures: true } },
      });
      workerFunctions.push({ entry, fn });
    }
  }

  return { queues, byName, workers: workerFunctions };
}
