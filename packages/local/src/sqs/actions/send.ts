import { z } from "zod";
import { batchRequestTooLong, SqsError } from "../errors";
import { messageAttributesSchema } from "../message-attributes";
import { parseRequest } from "../parse-request";
import type { SendResult } from "../queue";
import { MAX_MESSAGE_BYTES, type SendInput } from "../send-rules";
import { assertBatchEntries, type BatchEntryFailure } from "./batch-entries";
import type { Action } from "./context";

const messageFields = {
  MessageBody: z.string(),
  DelaySeconds: z.number().int().optional(),
  MessageAttributes: messageAttributesSchema.optional(),
  MessageDeduplicationId: z.string().optional(),
  MessageGroupId: z.string().optional(),
};

const sendMessageRequest = z.object({ QueueUrl: z.string(), ...messageFields });
const sendMessageBatchRequest = z.object({
  QueueUrl: z.string(),
  Entries: z.array(z.object({ Id: z.string(), ...messageFields })).optional(),
});

type MessageFields = z.infer<z.ZodObject<typeof messageFields>>;

function toSendInput(fields: MessageFields): SendInput {
  return {
    body: fields.MessageBody,
    ...(fields.DelaySeconds !== undefined ? { delaySeconds: fields.DelaySeconds } : {}),
    ...(fields.MessageAttributes ? { messageAttributes: fields.MessageAttributes } : {}),
    ...(fields.MessageGroupId !== undefined ? { groupId: fields.MessageGroupId } : {}),
    ...(fields.MessageDeduplicationId !== undefined
      ? { deduplicationId: fields.MessageDeduplicationId }
      : {}),
  };
}

function toResponse(result: SendResult) {
  return {
    MessageId: result.messageId,
    MD5OfMessageBody: result.md5OfBody,
    ...(result.md5OfMessageAttributes
      ? { MD5OfMessageAttributes: result.md5OfMessageAttributes }
      : {}),
    ...(result.sequenceNumber ? { SequenceNumber: result.sequenceNumber } : {}),
  };
}

export const sendMessage: Action = (input, context) => {
  const request = parseRequest(sendMessageRequest, input);
  const queue = context.queueByUrl(request.QueueUrl);
  const result = queue.send(toSendInput(request));
  context.wakeup.notify();
  return toResponse(result);
};

export const sendMessageBatch: Action = (input, context) => {
  const request = parseRequest(sendMessageBatchRequest, input);
  const queue = context.queueByUrl(request.QueueUrl);
  const entries = request.Entries ?? [];
  assertBatchEntries(entries);
  const totalBytes = entries.reduce((sum, entry) => sum + Buffer.byteLength(entry.MessageBody), 0);
  if (totalBytes > MAX_MESSAGE_BYTES) throw batchRequestTooLong(totalBytes, MAX_MESSAGE_BYTES);

  const Successful: Array<ReturnType<typeof toResponse> & { Id: string }> = [];
  const Failed: BatchEntryFailure[] = [];
  for (const entry of entries) {
    try {
      Successful.push({ Id: entry.Id, ...toResponse(queue.send(toSendInput(entry))) });
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
  context.wakeup.notify();
  return { Successful, Failed };
};
