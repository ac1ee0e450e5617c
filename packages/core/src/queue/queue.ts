import { ChangeMessageVisibilityCommand, SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { env, requireEnv } from "../config";

/** The work queues, by the environment variable that holds each one's URL (functions/routes.ts). */
export const QUEUES = {
  aiReplies: "AI_REPLIES_QUEUE_URL",
  insights: "INSIGHTS_QUEUE_URL",
} as const;
export type QueueName = keyof typeof QUEUES;

let client: SQSClient | undefined;

/** One client per process; SQS_ENDPOINT points it at the local cloud's SQS emulation. */
function sqs(): SQSClient {
  client ??= new SQSClient({
    endpoint: env("SQS_ENDPOINT"),
    region: env("AWS_REGION") ?? "us-east-1",
    ...(env("SQS_ENDPOINT")
      ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  return client;
}

export interface EnqueueOptions {
  /** FIFO only: messages of one group are delivered in order, one at a time. */
  groupId?: string;
  /** FIFO only: a second send with the same id within 5 minutes is dropped, so re-enqueueing is harmless. */
  deduplicationId?: string;
}

export async function enqueue(queue: QueueName, body: unknown, options: EnqueueOptions = {}) {
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(QUEUES[queue]),
      MessageBody: JSON.stringify(body),
      ...(options.groupId ? { MessageGroupId: options.groupId } : {}),
      ...(options.deduplicationId ? { MessageDeduplicationId: options.deduplicationId } : {}),
    }),
  );
}

/**
 * Makes a received message reappear after `seconds` instead of the queue's whole visibility
 * timeout: the worker's backoff between retries.
 */
export async function retryAfter(queue: QueueName, receiptHandle: string, seconds: number) {
  await sqs().send(
    new ChangeMessageVisibilityCommand({
      QueueUrl: requireEnv(QUEUES[queue]),
      ReceiptHandle: receiptHandle,
      VisibilityTimeout: Math.max(0, Math.min(43_200, Math.round(seconds))),
    }),
  );
}
