import type { SQSRecord } from "aws-lambda";
import { z } from "zod";

const batchResponseSchema = z.object({
  batchItemFailures: z.array(z.object({ itemIdentifier: z.string().min(1) })),
});

export type BatchOutcome =
  | { kind: "failed"; messageIds: Set<string> }
  | { kind: "invalid"; reason: string };

/**
 * What Lambda makes of a handler's return value with ReportBatchItemFailures on: nothing, an empty
 * object or a null list means every record succeeded; listed ids failed; anything else (an id not
 * in the batch, an empty id, a value that is not a response object) fails the whole batch.
 */
export function readBatchResponse(result: unknown, records: readonly SQSRecord[]): BatchOutcome {
  const allSucceeded: BatchOutcome = { kind: "failed", messageIds: new Set() };
  if (result === undefined || result === null) return allSucceeded;
  if (typeof result !== "object" || Array.isArray(result)) {
    return { kind: "invalid", reason: "the handler returned something other than an object" };
  }
  if (!("batchItemFailures" in result) || result.batchItemFailures === null) return allSucceeded;
  const parsed = batchResponseSchema.safeParse(result);
  if (!parsed.success) {
    return { kind: "invalid", reason: "batchItemFailures is not a list of { itemIdentifier }" };
  }
  const inBatch = new Set(records.map((record) => record.messageId));
  const failed = new Set<string>();
  for (const { itemIdentifier } of parsed.data.batchItemFailures) {
    if (!inBatch.has(itemIdentifier)) {
      return { kind: "invalid", reason: `itemIdentifier ${itemIdentifier} is not in the batch` };
    }
    failed.add(itemIdentifier);
  }
  return { kind: "failed", messageIds: failed };
}

/**
 * Lambda keeps a FIFO group in order by treating every record of a group after its first failure
 * as failed too, so a later message is never processed ahead of an earlier one.
 */
export function withLaterGroupRecordsFailed(
  records: readonly SQSRecord[],
  failed: ReadonlySet<string>,
): Set<string> {
  const failedGroups = new Set<string>();
  const result = new Set(failed);
  for (const record of records) {
    const group = record.attributes.MessageGroupId;
    if (group === undefined) continue;
    if (failedGroups.has(group)) result.add(record.messageId);
    else if (result.has(record.messageId)) failedGroups.add(group);
  }
  return result;
}
