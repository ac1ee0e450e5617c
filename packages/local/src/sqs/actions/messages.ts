import { z } from "zod";
import { invalidValue, SqsError } from "../errors";
import { parseRequest } from "../parse-request";
import { type EmulatedQueue, MAX_VISIBILITY_TIMEOUT_SECONDS } from "../queue";
import { assertBatchEntries, type BatchEntryFailure } from "./batch-entries";
import type { Action } from "./context";

const deleteMessageRequest = z.object({ QueueUrl: z.string(), ReceiptHandle: z.string() });
const changeVisibilityRequest = z.object({
  QueueUrl: z.string(),
  ReceiptHandle: z.string(),
  VisibilityTimeout: z.number().int(),
});
const deleteMessageBatchRequest = z.object({
  QueueUrl: z.string(),
  Entries: z.array(z.object({ Id: z.string(), ReceiptHandle: z.string() })).optional(),
});
const changeVisibilityBatchRequest = z.object({
  QueueUrl: z.string(),
  Entries: z
    .array(
      z.object({ Id: z.string(), ReceiptHandle: z.string(), VisibilityTimeout: z.number().int() }),
    )
    .optional(),
});

function changeVisibility(queue: EmulatedQueue, receiptHandle: string, seconds: number): void {
  if (seconds < 0 || seconds > MAX_VISIBILITY_TIMEOUT_SECONDS) {
    throw invalidValue(
      "VisibilityTimeout",
      seconds,
      `Must be between 0 and ${MAX_VISIBILITY_TIMEOUT_SECONDS}.`,
    );
  }
  queue.changeVisibility(receiptHandle, seconds);
}

export const deleteMessage: Action = (input, context) => {
  const request = parseRequest(deleteMessageRequest, input);
  context.queueByUrl(request.QueueUrl).delete(request.ReceiptHandle);
  context.wakeup.notify(); // the next message of a FIFO group may now be delivered
  return {};
};

export const changeMessageVisibility: Action = (input, context) => {
  const request = parseRequest(changeVisibilityRequest, input);
  changeVisibility(
    context.queueByUrl(request.QueueUrl),
    request.ReceiptHandle,
    request.VisibilityTimeout,
  );
  context.wakeup.notify();
  return {};
};

export const deleteMessageBatch: Action = (input, context) => {
  const request = parseRequest(deleteMessageBatchRequest, input);
  const queue = context.queueByUrl(request.QueueUrl);
  const result = runBatch(request.Entries ?? [], (entry) => queue.delete(entry.ReceiptHandle));
  context.wakeup.notify();
  return result;
};

export const changeMessageVisibilityBatch: Action = (input, context) => {
  const request = parseRequest(changeVisibilityBatchRequest, input);
  const queue = context.queueByUrl(request.QueueUrl);
  const result = runBatch(request.Entries ?? [], (entry) =>
    changeVisibility(queue, entry.ReceiptHandle, entry.VisibilityTimeout),
  );
  context.wakeup.notify();
  return result;
};

function runBatch<E extends { Id: string }>(entries: readonly E[], apply: (entry: E) => void) {
  assertBatchEntries(entries);
  const Successful: Array<{ Id: string }> = [];
  const Failed: BatchEntryFailure[] = [];
  for (const entry of entries) {
    try {
      apply(entry);
      Successful.push({ Id: entry.Id });
    } catch (error) {
      if (!(error instanceof SqsError)) throw error;
      Failed.push({
        Id: entry.Id,
        SenderFault: error.senderFault,
        Code: error.code,
        Message: error.message,
      });
    }
  }
  return { Successful, Failed };
}
