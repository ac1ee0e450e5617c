import {
  ChangeMessageVisibilityCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { env, requireEnv } from "../config";

/** The work queues, by the environment variable that holds each one's URL (functions/routes.ts). */
export const QUEUES = {
  aiReplies: "AI_REPLIES_QUEUE_URL",
  followUps: "FOLLOW_UPS_QUEUE_URL",
  insights: "INSIGHTS_QUEUE_URL",
  metaDeliveries: "META_DELIVERIES_QUEUE_URL",
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

/** SQS takes at most 10 messages per SendMessageBatch. */
export const SEND_BATCH_MAX = 10;

/**
 * Sends up to 10 messages in one request, in order (on a FIFO queue, a group's messages keep the
 * entries' order). Any entry SQS did not take fails the whole call, so the caller can answer with an
 * error and be retried; the deduplication ids make the retry's repeats harmless.
 */
export async function enqueueBatch(
  queue: QueueName,
  entries: readonly ({ body: unknown } & EnqueueOptions)[],
) {
  if (entries.length === 0) return;
  if (entries.length > SEND_BATCH_MAX) throw new Error("enqueueBatch takes at most 10 entries");
  const answer = await sqs().send(
    new SendMessageBatchCommand({
      QueueUrl: requireEnv(QUEUES[queue]),
      Entries: entries.map((entry, index) => ({
        Id: String(index),
        MessageBody: JSON.stringify(entry.body),
        ...(entry.groupId ? { MessageGroupId: entry.groupId } : {}),
        ...(entry.deduplicationId ? { MessageDeduplicationId: entry.deduplicationId } : {}),
      })),
    }),
  );
  const failed = answer.Failed ?? [];
  if (failed.length > 0) {
    throw new Error(
      `SQS refused ${failed.length} of ${entries.length} messages: ${failed
        .map((entry) => `${entry.Code}${entry.Message ? ` (${entry.Message})` : ""}`)
        .join(", ")}`,
    );
  }
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
