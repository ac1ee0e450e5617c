/**
 * Failures of the local DynamoDB process. Each carries a stable `code` so the local cloud can decide
 * how to react (print and exit, pick another port, …) without matching on message text; messages
 * are written for the person at the terminal and say what to do next.
 */
export type DynamoDbLocalErrorCode =
  | "invalid_options"
  | "java_missing"
  | "java_too_old"
  | "jar_download_failed"
  | "jar_checksum_mismatch"
  | "port_in_use"
  | "start_failed"
  | "start_timeout"
  | "stop_failed"
  | "table_mismatch";

export class DynamoDbLocalError extends Error {
  override readonly name = "DynamoDbLocalError";

  constructor(
    readonly code: DynamoDbLocalErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export const isDynamoDbLocalError = (error: unknown): error is DynamoDbLocalError =>
  error instanceof DynamoDbLocalError;
