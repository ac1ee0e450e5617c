import type { SQSRecord, SQSRecordAttributes } from "aws-lambda";
import { toLambdaMessageAttributes } from "./message-attributes";
import type { ReceivedMessage } from "./queue";

/** One record of the event Lambda's SQS event source mapping hands to a function. */
export function toSqsRecord(message: ReceivedMessage, queueArn: string, region: string): SQSRecord {
  const attributes: SQSRecordAttributes = {
    ApproximateReceiveCount: String(message.receiveCount),
    SentTimestamp: String(message.sentTimestamp),
    ...(message.sequenceNumber !== undefined ? { SequenceNumber: message.sequenceNumber } : {}),
    ...(message.groupId !== undefined ? { MessageGroupId: message.groupId } : {}),
    SenderId: message.senderId,
    ...(message.deduplicationId !== undefined
      ? { MessageDeduplicationId: message.deduplicationId }
      : {}),
    ApproximateFirstReceiveTimestamp: String(
      message.firstReceiveTimestamp ?? message.sentTimestamp,
    ),
    ...(message.deadLetterQueueSourceArn !== undefined
      ? { DeadLetterQueueSourceArn: message.deadLetterQueueSourceArn }
      : {}),
  };
  return {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes,
    messageAttributes: toLambdaMessageAttributes(message.messageAttributes),
    md5OfBody: message.md5OfBody,
    ...(message.md5OfMessageAttributes !== undefined
      ? { md5OfMessageAttributes: message.md5OfMessageAttributes }
      : {}),
    eventSource: "aws:sqs",
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}
