import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";

export const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException;

/** Which items of a transaction failed their condition (by position), or undefined if none. */
export function failedTransactionItems(error: unknown): number[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const failed = (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === "ConditionalCheckFailed" ? [index] : [],
  );
  return failed.length > 0 ? failed : undefined;
}
