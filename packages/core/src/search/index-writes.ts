import { BATCH_WRITE_SIZE, batchWrite, chunks, type WriteRequest } from "../db/batch";
import type { Item } from "../db/table";

/**
 * One index item per (list, token, id): its partition is the token's list, its gsi1 sort key the
 * latest time the token was seen there, so a Query on gsi1 lists the ids that have the token,
 * newest first, one entry each.
 */
export interface IndexList {
  /** The index item's key for a token and an id. */
  key(token: string, id: string): { pk: string; sk: string };
}

/**
 * The index writes of a batch of changes, gathered so that each item is written once (the latest
 * time wins; the last of a put and a delete of one item wins), then sent as BatchWriteItems.
 */
export class IndexWrites {
  private readonly writes = new Map<string, WriteRequest>();

  put(list: IndexList, id: string, tokens: readonly string[], sortAt: string): void {
    const gsi1sk = `${sortAt}#${id}`;
    for (const token of tokens) {
      const key = list.key(token, id);
      const name = `${key.pk}\n${key.sk}`;
      const earlier = this.writes.get(name);
      if (earlier && "PutRequest" in earlier && String(earlier.PutRequest.Item.gsi1sk) >= gsi1sk)
        continue;
      const item: Item = { ...key, gsi1pk: key.pk, gsi1sk, type: "searchToken" };
      this.writes.set(name, { PutRequest: { Item: item } });
    }
  }

  delete(list: IndexList, id: string, tokens: readonly string[]): void {
    for (const token of tokens) {
      const key = list.key(token, id);
      this.writes.set(`${key.pk}\n${key.sk}`, { DeleteRequest: { Key: key } });
    }
  }

  async flush(): Promise<void> {
    const requests = [...this.writes.values()];
    this.writes.clear();
    await Promise.all(chunks(requests, BATCH_WRITE_SIZE).map((batch) => batchWrite(batch)));
  }
}

export async function putTokens(
  list: IndexList,
  id: string,
  tokens: readonly string[],
  sortAt: string,
): Promise<void> {
  const writes = new IndexWrites();
  writes.put(list, id, tokens, sortAt);
  await writes.flush();
}

export async function deleteTokens(
  list: IndexList,
  id: string,
  tokens: readonly string[],
): Promise<void> {
  const writes = new IndexWrites();
  writes.delete(list, id, tokens);
  await writes.flush();
}
