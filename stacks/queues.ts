/**
 * The work queues of the manifest's `queueRoutes`, each with a dead-letter queue. A queue gets a
 * consumer only when its entry names a worker `handler`; until then it exists without one.
 */
import { Duration } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Queue, type StackContext, use } from "sst/constructs";
import { type FunctionGrant, functionProps, WORKER_TIMEOUT_SECONDS } from "./defaults";
import { declaredQueues, queueConstructId } from "./manifest";
import { Realtime } from "./realtime";
import { aiSettings, Secrets } from "./secrets";
import { Storage } from "./storage";

export function Queues({ stack }: StackContext) {
  const queues = declaredQueues().map((entry) => {
    const id = queueConstructId(entry.name);
    const deadLetters = new Queue(stack, `${id}DeadLetters`, {
      cdk: { queue: { fifo: entry.fifo, retentionPeriod: Duration.days(14) } },
    });
    const queue = new Queue(stack, id, {
      cdk: {
        queue: {
          fifo: entry.fifo,
          // FIFO producers set a deduplication id (e.g. the provider's message id).
          ...(entry.fifo ? { contentBasedDeduplication: false } : {}),
          visibilityTimeout: Duration.seconds(entry.visibilityTimeoutSeconds),
          deadLetterQueue: { queue: deadLetters.cdk.queue, maxReceiveCount: entry.maxReceiveCount },
        },
      },
    });
    return { entry, queue, deadLetters };
  });

  /** Send to any queue (HTTP, webhook and worker functions enqueue work), URLs by the manifest's names. */
  const producer: FunctionGrant = {
    environment: Object.fromEntries(
      queues.map(({ entry, queue }) => [entry.urlEnv, queue.queueUrl]),
    ),
    permissions: [
      new PolicyStatement({
        actions: ["sqs:SendMessage"],
        resources: queues.map(({ queue }) => queue.queueArn),
      }),
    ],
  };

  const workers = queues.flatMap(({ entry, queue }) =>
    entry.handler ? [{ entry, queue, handler: entry.handler }] : [],
  );
  if (workers.length > 0) {
    const { tableAccess } = use(Storage);
    const { secretsFor } = use(Secrets);
    const { publisher } = use(Realtime);
    for (const { entry, queue, handler } of workers) {
      queue.addConsumer(stack, {
        function: functionProps(
          handler,
          { timeout: `${WORKER_TIMEOUT_SECONDS} seconds` },
          tableAccess,
          publisher,
          producer,
          secretsFor("worker"),
          aiSettings(),
        ),
        // The event source grants receive/delete on this queue only.
        cdk: { eventSource: { batchSize: entry.batchSize, reportBatchItemFailures: true } },
      });
    }
  }

  return { queues, producer };
}
