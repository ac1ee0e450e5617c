import { z } from "zod";
import { invalidAttributeName, invalidValue } from "../errors";
import { md5OfMessageAttributes } from "../md5";
import { selectMessageAttributes } from "../message-attributes";
import { parseRequest } from "../parse-request";
import { MAX_VISIBILITY_TIMEOUT_SECONDS, type ReceivedMessage } from "../queue";
import type { Action } from "./context";

const MAX_WAIT_SECONDS = 20;

const receiveMessageRequest = z.object({
  QueueUrl: z.string(),
  /** Deprecated spelling of MessageSystemAttributeNames; SDKs still send it. */
  AttributeNames: z.array(z.string()).optional(),
  MessageSystemAttributeNames: z.array(z.string()).optional(),
  MessageAttributeNames: z.array(z.string()).optional(),
  MaxNumberOfMessages: z.number().int().optional(),
  VisibilityTimeout: z.number().int().optional(),
  WaitTimeSeconds: z.number().int().optional(),
  ReceiveRequestAttemptId: z.string().optional(),
});

const SYSTEM_ATTRIBUTES = [
  "ApproximateReceiveCount",
  "ApproximateFirstReceiveTimestamp",
  "SentTimestamp",
  "SenderId",
  "SequenceNumber",
  "MessageGroupId",
  "MessageDeduplicationId",
  "AWSTraceHeader",
  "DeadLetterQueueSourceArn",
] as const;
type SystemAttribute = (typeof SYSTEM_ATTRIBUTES)[number];

const isSystemAttribute = (name: string): name is SystemAttribute =>
  (SYSTEM_ATTRIBUTES as readonly string[]).includes(name);

export const receiveMessage: Action = async (input, context) => {
  const request = parseRequest(receiveMessageRequest, input);
  const queue = context.queueByUrl(request.QueueUrl);
  const max = request.MaxNumberOfMessages ?? 1;
  if (max < 1 || max > 10) {
    throw invalidValue("MaxNumberOfMessages", max, "Must be between 1 and 10, if provided.");
  }
  const visibility = request.VisibilityTimeout ?? queue.settings.visibilityTimeoutSeconds;
  if (visibility < 0 || visibility > MAX_VISIBILITY_TIMEOUT_SECONDS) {
    throw invalidValue(
      "VisibilityTimeout",
      visibility,
      `Must be between 0 and ${MAX_VISIBILITY_TIMEOUT_SECONDS}, if provided.`,
    );
  }
  const wait = request.WaitTimeSeconds ?? 0;
  if (wait < 0 || wait > MAX_WAIT_SECONDS) {
    throw invalidValue(
      "WaitTimeSeconds",
      wait,
      `Must be >= 0 and <= ${MAX_WAIT_SECONDS}, if provided.`,
    );
  }
  const systemNames = [
    ...(request.AttributeNames ?? []),
    ...(request.MessageSystemAttributeNames ?? []),
  ];
  for (const name of systemNames) {
    if (name !== "All" && !isSystemAttribute(name)) throw invalidAttributeName(name);
  }

  // Long polling: answer as soon as something is receivable, or empty when the wait is over.
  const deadline = Date.now() + wait * 1000;
  let messages = queue.receive(max, visibility);
  while (messages.length === 0 && Date.now() < deadline && !context.isStopped()) {
    await context.wakeup.wait(Math.min(context.idlePollMs, deadline - Date.now()));
    messages = queue.receive(max, visibility);
  }
  if (messages.length === 0) return {};
  return {
    Messages: messages.map((message) =>
      toWireMessage(message, systemNames, request.MessageAttributeNames ?? []),
    ),
  };
};

function toWireMessage(
  message: ReceivedMessage,
  systemNames: readonly string[],
  attributeNames: readonly string[],
) {
  const attributes = systemAttributes(message, systemNames);
  const messageAttributes = selectMessageAttributes(message.messageAttributes, attributeNames);
  const md5OfAttributes = md5OfMessageAttributes(messageAttributes);
  return {
    MessageId: message.messageId,
    ReceiptHandle: message.receiptHandle,
    MD5OfBody: message.md5OfBody,
    Body: message.body,
    ...(Object.keys(attributes).length > 0 ? { Attributes: attributes } : {}),
    ...(md5OfAttributes
      ? { MD5OfMessageAttributes: md5OfAttributes, MessageAttributes: messageAttributes }
      : {}),
  };
}

function systemAttributes(
  message: ReceivedMessage,
  requested: readonly string[],
): Record<string, string> {
  const all: Partial<Record<SystemAttribute, string>> = {
    ApproximateReceiveCount: String(message.receiveCount),
    ApproximateFirstReceiveTimestamp: String(
      message.firstReceiveTimestamp ?? message.sentTimestamp,
    ),
    SentTimestamp: String(message.sentTimestamp),
    SenderId: message.senderId,
    ...(message.sequenceNumber !== undefined ? { SequenceNumber: message.sequenceNumber } : {}),
    ...(message.groupId !== undefined ? { MessageGroupId: message.groupId } : {}),
    ...(message.deduplicationId !== undefined
      ? { MessageDeduplicationId: message.deduplicationId }
      : {}),
    ...(message.deadLetterQueueSourceArn !== undefined
      ? { DeadLetterQueueSourceArn: message.deadLetterQueueSourceArn }
      : {}),
  };
  const selected: Record<string, string> = {};
  for (const name of SYSTEM_ATTRIBUTES) {
    const value = all[name];
    if (value !== undefined && (requested.includes("All") || requested.includes(name))) {
      selected[name] = value;
    }
  }
  return selected;
}
