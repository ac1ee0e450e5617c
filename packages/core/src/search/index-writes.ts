import { BATCH_WRITE_SIZE, batchDelete, batchPut, chunks } from "../db/batch";
import type { Item } from "../db/table";

/**
 * One index item per (list, token, id): its partition is the token's list, its gsi1 sort key the
 * latest time the token was seen there, so a Query on gsi1 lists the ids that have the token,
 * newest first, one entry each. Items are rewritten whole (BatchWriteItem puts): the latest put
 * wins, which is the latest activity once the stream delivered it.
 */
export interface IndexList {
  /** The index item's key for a token and an id. */
  key(token: string, id: string): { pk: string; sk: string };
}

export async function putTokens(
  list: IndexList,
  id: string,
  tokens: readonly string[],
  sortAt: string,
): Promise<void> {
  const items: Item[] = tokens.map((token) => {
    const key = list.key(token, id);
    return { ...key, gsi1pk: key.pk, gsi1sk: `${sortAt}#${id}`, type: "searchToken" };
  });
  await Promise.all(chunks(items, BATCH_WRITE_SIZE).map((batch) => batchPut(batch)));
}

export async function deleteTokens(
  list: IndexList,
  id: string,
  tokens: readonly string[],
): Promise<void> {
  const keys: Item[] = tokens.map((token) => list.key(token, id));
  await Promise.all(chunks(keys, BATCH_WRITE_SIZE).map((batch) => batchDelete(batch)));
}
