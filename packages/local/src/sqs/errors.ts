/**
 * An SQS service error, in the shape @aws-sdk/client-sqs turns into its typed exceptions. The SDK
 * speaks AWS JSON 1.0 in "query compatible" mode: it takes the error code from the
 * `x-amzn-query-error` header (`Code;Sender`) first, then from `__type`. Codes that the SDK models
 * under a legacy query name (QueueDoesNotExist is `AWS.SimpleQueueService.NonExistentQueue`) need
 * that name in the header to become their class; the rest become `SQSServiceException` named
 * after the code (MissingParameter, InvalidParameterValue), as with the real service.
 */
export class SqsError extends Error {
  override readonly name = "SqsError";

  constructor(
    readonly code: string,
    message: string,
    readonly queryCode: string = code,
    readonly status: number = 400,
    readonly senderFault = true,
  ) {
    super(message);
  }
}

export const queueDoesNotExist = (): SqsError =>
  new SqsError(
    "QueueDoesNotExist",
    "The specified queue does not exist.",
    "AWS.SimpleQueueService.NonExistentQueue",
  );

export const invalidAddress = (url: string): SqsError =>
  new SqsError(
    "InvalidAddress",
    `The address ${url} is not valid for this endpoint.`,
    "InvalidAddress",
    404,
  );

export const missingParameter = (parameter: string): SqsError =>
  new SqsError("MissingParameter", `The request must contain the parameter ${parameter}.`);

export const invalidParameterValue = (message: string): SqsError =>
  new SqsError("InvalidParameterValue", message);

export const invalidValue = (parameter: string, value: unknown, reason: string): SqsError =>
  invalidParameterValue(
    `Value ${typeof value === "string" ? value : JSON.stringify(value)} for parameter ${parameter} is invalid. Reason: ${reason}`,
  );

export const receiptHandleIsInvalid = (handle: string): SqsError =>
  new SqsError(
    "ReceiptHandleIsInvalid",
    `The input receipt handle "${handle}" is not a valid receipt handle.`,
    "ReceiptHandleIsInvalid",
    404,
  );

export const messageNotInflight = (): SqsError =>
  new SqsError(
    "MessageNotInflight",
    "Message does not exist or is not available for visibility timeout change.",
    "AWS.SimpleQueueService.MessageNotInflight",
  );

export const emptyBatchRequest = (): SqsError =>
  new SqsError(
    "EmptyBatchRequest",
    "There should be at least one SendMessageBatchRequestEntry in the request.",
    "AWS.SimpleQueueService.EmptyBatchRequest",
  );

export const tooManyEntriesInBatchRequest = (count: number): SqsError =>
  new SqsError(
    "TooManyEntriesInBatchRequest",
    `Maximum number of entries per request are 10. You have sent ${count}.`,
    "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
  );

export const batchEntryIdsNotDistinct = (id: string): SqsError =>
  new SqsError(
    "BatchEntryIdsNotDistinct",
    `Id ${id} repeated.`,
    "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
  );

export const invalidBatchEntryId = (): SqsError =>
  new SqsError(
    "InvalidBatchEntryId",
    "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
    "AWS.SimpleQueueService.InvalidBatchEntryId",
  );

export const batchRequestTooLong = (bytes: number, limit: number): SqsError =>
  new SqsError(
    "BatchRequestTooLong",
    `Batch requests cannot be longer than ${limit} bytes. You have sent ${bytes} bytes.`,
    "AWS.SimpleQueueService.BatchRequestTooLong",
  );

export const invalidAttributeName = (name: string): SqsError =>
  new SqsError("InvalidAttributeName", `Unknown Attribute ${name}.`);

export const unsupportedOperation = (action: string): SqsError =>
  new SqsError(
    "UnsupportedOperation",
    `${action} is not supported by the local SQS emulation: queues come from the stack's queue list.`,
    "AWS.SimpleQueueService.UnsupportedOperation",
  );

/** Not an SQS model error: the generic JSON-protocol errors every AWS service shares. */
export const unknownOperation = (target: string): SqsError =>
  new SqsError("UnknownOperationException", `Unknown operation ${target}.`);

export const serializationException = (reason: string): SqsError =>
  new SqsError("SerializationException", reason);

export const invalidMessageContents = (): SqsError =>
  new SqsError(
    "InvalidMessageContents",
    "Invalid characters found in the message body. Allowed: #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF.",
  );

/** A queue list the emulation cannot run (bad name, FIFO flag and name disagree, …). */
export class SqsConfigError extends Error {
  override readonly name = "SqsConfigError";
}

export const internalFailure = (): SqsError =>
  new SqsError(
    "InternalFailure",
    "The local SQS emulation failed; see its log.",
    "InternalFailure",
    500,
    false,
  );
