import { z } from "zod";
import { invalidAttributeName, queueDoesNotExist } from "../errors";
import { ACCOUNT_ID } from "../names";
import { parseRequest } from "../parse-request";
import { MAX_MESSAGE_BYTES } from "../send-rules";
import type { Action } from "./context";

const getQueueUrlRequest = z.object({
  QueueName: z.string(),
  QueueOwnerAWSAccountId: z.string().optional(),
});
const getQueueAttributesRequest = z.object({
  QueueUrl: z.string(),
  AttributeNames: z.array(z.string()).optional(),
});
const listQueuesRequest = z.object({
  QueueNamePrefix: z.string().optional(),
  MaxResults: z.number().int().optional(),
  NextToken: z.string().optional(),
});
const purgeQueueRequest = z.object({ QueueUrl: z.string() });

/** Attributes SQS knows; the ones a local queue has no value for (Policy, KMS …) are left out. */
const KNOWN_ATTRIBUTES = new Set([
  "All",
  "ApproximateNumberOfMessages",
  "ApproximateNumberOfMessagesNotVisible",
  "ApproximateNumberOfMessagesDelayed",
  "CreatedTimestamp",
  "LastModifiedTimestamp",
  "DelaySeconds",
  "MaximumMessageSize",
  "MessageRetentionPeriod",
  "ReceiveMessageWaitTimeSeconds",
  "VisibilityTimeout",
  "QueueArn",
  "RedrivePolicy",
  "RedriveAllowPolicy",
  "Policy",
  "KmsMasterKeyId",
  "KmsDataKeyReusePeriodSeconds",
  "SqsManagedSseEnabled",
  "FifoQueue",
  "ContentBasedDeduplication",
  "DeduplicationScope",
  "FifoThroughputLimit",
]);

export const getQueueUrl: Action = (input, context) => {
  const request = parseRequest(getQueueUrlRequest, input);
  const owner = request.QueueOwnerAWSAccountId;
  if ((owner !== undefined && owner !== ACCOUNT_ID) || !context.queueByName(request.QueueName)) {
    throw queueDoesNotExist();
  }
  return { QueueUrl: context.queueUrl(request.QueueName) };
};

export const listQueues: Action = (input, context) => {
  const request = parseRequest(listQueuesRequest, input);
  const names = context
    .queues()
    .map((queue) => queue.name)
    .filter((name) => name.startsWith(request.QueueNamePrefix ?? ""))
    .sort()
    .slice(0, request.MaxResults ?? 1000);
  return { QueueUrls: names.map((name) => context.queueUrl(name)) };
};

export const purgeQueue: Action = (input, context) => {
  const request = parseRequest(purgeQueueRequest, input);
  context.queueByUrl(request.QueueUrl).purge();
  context.wakeup.notify();
  return {};
};

export const getQueueAttributes: Action = (input, context) => {
  const request = parseRequest(getQueueAttributesRequest, input);
  const queue = context.queueByUrl(request.QueueUrl);
  const requested = request.AttributeNames ?? [];
  for (const name of requested) {
    if (!KNOWN_ATTRIBUTES.has(name)) throw invalidAttributeName(name);
  }
  const counts = queue.counts();
  const seconds = (ms: number) => String(Math.floor(ms / 1000));
  const { redrive } = queue.settings;
  const values: Record<string, string> = {
    ApproximateNumberOfMessages: String(counts.visible),
    ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
    ApproximateNumberOfMessagesDelayed: String(counts.delayed),
    CreatedTimestamp: seconds(queue.createdAt),
    LastModifiedTimestamp: seconds(queue.createdAt),
    DelaySeconds: "0",
    MaximumMessageSize: String(MAX_MESSAGE_BYTES),
    MessageRetentionPeriod: "345600",
    ReceiveMessageWaitTimeSeconds: "0",
    VisibilityTimeout: String(queue.settings.visibilityTimeoutSeconds),
    QueueArn: queue.settings.arn,
    SqsManagedSseEnabled: "false",
    ...(redrive
      ? {
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: redrive.target.settings.arn,
            maxReceiveCount: redrive.maxReceiveCount,
          }),
        }
      : {}),
    ...(queue.fifo
      ? {
          FifoQueue: "true",
          ContentBasedDeduplication: "false",
          DeduplicationScope: "queue",
          FifoThroughputLimit: "perQueue",
        }
      : {}),
  };
  const all = requested.includes("All");
  const Attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (all || requested.includes(name)) Attributes[name] = value;
  }
  return { Attributes };
};
