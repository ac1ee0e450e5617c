import {
  invalidMessageContents,
  invalidParameterValue,
  invalidValue,
  missingParameter,
} from "./errors";
import { type MessageAttributeValue, validateMessageAttributes } from "./message-attributes";

export const MAX_MESSAGE_BYTES = 1_048_576;
export const MAX_DELAY_SECONDS = 900;
const ALLOWED_BODY = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const FIFO_ID = /^[A-Za-z0-9!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]{1,128}$/;

export interface SendInput {
  body: string;
  delaySeconds?: number;
  messageAttributes?: Record<string, MessageAttributeValue>;
  groupId?: string;
  deduplicationId?: string;
}

/**
 * The checks SQS makes on a message before accepting it: body and size, attributes, and what each
 * queue type requires or refuses (FIFO: group and deduplication ids, no per-message delay).
 */
export function validateSend(
  input: SendInput,
  attributes: Record<string, MessageAttributeValue>,
  fifo: boolean,
): void {
  if (input.body.length === 0) throw missingParameter("MessageBody");
  if (!ALLOWED_BODY.test(input.body)) throw invalidMessageContents();
  validateMessageAttributes(attributes);
  const size = Buffer.byteLength(input.body) + attributesSize(attributes);
  if (size > MAX_MESSAGE_BYTES) {
    throw invalidParameterValue(
      `One or more parameters are invalid. Reason: Message must be shorter than ${MAX_MESSAGE_BYTES} bytes.`,
    );
  }
  const delay = input.delaySeconds;
  if (fifo) {
    if (delay !== undefined && delay !== 0) {
      throw invalidValue(
        "DelaySeconds",
        delay,
        "The request include parameter that is not valid for this queue type.",
      );
    }
    if (input.groupId === undefined) throw missingParameter("MessageGroupId");
    if (!FIFO_ID.test(input.groupId)) {
      throw invalidValue(
        "MessageGroupId",
        input.groupId,
        "MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.",
      );
    }
    if (input.deduplicationId === undefined) {
      throw invalidParameterValue(
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
      );
    }
    if (!FIFO_ID.test(input.deduplicationId)) {
      throw invalidValue(
        "MessageDeduplicationId",
        input.deduplicationId,
        "MessageDeduplicationId can only include alphanumeric and punctuation characters. 1 to 128 in length.",
      );
    }
    return;
  }
  if (input.deduplicationId !== undefined) {
    throw invalidValue(
      "MessageDeduplicationId",
      input.deduplicationId,
      "The request includes a parameter that is not valid for this queue type.",
    );
  }
  if (delay !== undefined && (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY_SECONDS)) {
    throw invalidValue(
      "DelaySeconds",
      delay,
      `Must be between 0 and ${MAX_DELAY_SECONDS}, if provided.`,
    );
  }
}

function attributesSize(attributes: Record<string, MessageAttributeValue>): number {
  let size = 0;
  for (const [name, attribute] of Object.entries(attributes)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(attribute.DataType);
    size +=
      Buffer.byteLength(attribute.StringValue ?? "") +
      Buffer.from(attribute.BinaryValue ?? "", "base64").length;
  }
  return size;
}
