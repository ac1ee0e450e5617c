import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";

export const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException;

/** Which items of a cancelled transaction failed their condition (by position), else undefined. */
export function failedTransactionItems(error: unknown): number[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const failed = (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === "ConditionalCheckFailed" ? [index] : [],
  );
  return failed.length > 0 ? failed : undefined;
}

/** A transaction cancelled because another one was changing the same items at that moment. */
export function isTransactionConflict(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === "TransactionConflict")
  );
}

/** A conditional write whose refused condition is an answer, not an error: undefined then. */
export async function unlessConditionFails<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
