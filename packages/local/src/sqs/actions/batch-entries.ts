import {
  batchEntryIdsNotDistinct,
  emptyBatchRequest,
  invalidBatchEntryId,
  tooManyEntriesInBatchRequest,
} from "../errors";

const MAX_BATCH_ENTRIES = 10;

/** The request-level checks every *Batch action makes before looking at any entry. */
export function assertBatchEntries(entries: readonly { Id: string }[]): void {
  if (entries.length === 0) throw emptyBatchRequest();
  if (entries.length > MAX_BATCH_ENTRIES) throw tooManyEntriesInBatchRequest(entries.length);
  const ids = new Set<string>();
  for (const entry of entries) {
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(entry.Id)) throw invalidBatchEntryId();
    if (ids.has(entry.Id)) throw batchEntryIdsNotDistinct(entry.Id);
    ids.add(entry.Id);
  }
}

export interface BatchEntryFailure {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message: string;
}
