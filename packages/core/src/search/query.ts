import type { z } from "zod/mini";
import { batchGet, chunks } from "../db/batch";
import { type CursorList, invalidCursor, openCursor, sealCursor } from "../db/cursor";
import { queryPage } from "../db/query";
import type { Item, Key } from "../db/table";
import type { IndexList } from "./index-writes";
import { queryTokens } from "./tokens";

/** The most keys one BatchGetItem takes. */
const BATCH_GET_SIZE = 100;
/** Index entries read per Query: enough for a page after the filters drop some. */
const ENTRIES_PER_QUERY = 50;
/** A page stops after this many index Queries (with a cursor to go on): a request stays bounded. */
const MAX_QUERIES = 20;

export interface IndexSearch<S extends z.ZodMiniType> {
  tenantId: string;
  cursorList: CursorList;
  list: IndexList;
  /** The query: every one of its words must match. */
  q: string;
  limit: number;
  cursor?: string;
  /** The base items' schema and key: an id whose item is gone (deleted since) is skipped. */
  schema: S;
  keyOf(id: string): { pk: string; sk: string };
  keep(item: z.infer<S>): boolean;
}

/**
 * A page of the items whose index has every token, newest first. The longest token (the rarest,
 * most likely) drives: its list is read from gsi1 in order, each candidate is checked for the
 * other tokens with a BatchGetItem of their index items, then the survivors' base items are read
 * (BatchGetItem) and filtered by `keep`. The cursor is the last index entry looked at, sealed to
 * the tenant, so the next page starts right after it.
 */
export async function searchIndex<S extends z.ZodMiniType>(
  search: IndexSearch<S>,
): Promise<{ items: z.infer<S>[]; nextCursor: string | null }> {
  type T = z.infer<S>;
  const { tenantId, cursorList, list, limit, schema, keyOf } = search;
  const [driver, ...others] = queryTokens(search.q).sort((a, b) => b.length - a.length);
  if (driver === undefined) return { items: [], nextCursor: null };
  const partition = list.key(driver, "").pk;
  let startKey: Key | undefined = await openCursor(tenantId, cursorList, search.cursor);
  // A cursor of another query's list: not this list's page.
  if (startKey && startKey.gsi1pk !== partition) throw invalidCursor();
  const items: T[] = [];
  for (let queries = 0; queries < MAX_QUERIES; queries++) {
    const page = await queryPage(
      {
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": partition },
        ScanIndexForward: false,
        // A page and one entry (to know whether there is more) when nothing is filtered out.
        Limit: queries === 0 && others.length === 0 ? limit + 1 : ENTRIES_PER_QUERY,
      },
      startKey,
    );
    const matches = await withEveryToken(list, page.items, others);
    // Only as many base items as the page still needs are read at a time.
    for (let offset = 0; offset < matches.length; ) {
      const slice = matches.slice(offset, offset + limit - items.length);
      offset += slice.length;
      const found = (await batchGetAll(slice.map((entry) => keyOf(String(entry.sk))))).map(
        (item): T | undefined => (item ? schema.parse(item) : undefined),
      );
      for (const [index, entry] of slice.entries()) {
        const item = found[index];
        if (item === undefined || !search.keep(item)) continue;
        items.push(item);
        if (items.length === limit) {
          const more = entry !== page.items.at(-1) || page.lastKey !== undefined;
          return {
            items,
            nextCursor: more ? await sealCursor(tenantId, cursorList, indexKey(entry)) : null,
          };
        }
      }
    }
    startKey = page.lastKey;
    if (startKey === undefined) return { items, nextCursor: null };
  }
  return { items, nextCursor: await sealCursor(tenantId, cursorList, startKey) };
}

const indexKey = (entry: Item): Key => ({
  pk: entry.pk,
  sk: entry.sk,
  gsi1pk: entry.gsi1pk,
  gsi1sk: entry.gsi1sk,
});

/** The entries whose id also has an index item for each of `others`. */
async function withEveryToken(list: IndexList, entries: Item[], others: string[]) {
  if (others.length === 0 || entries.length === 0) return entries;
  const wanted = entries.flatMap((entry) =>
    others.map((token) => list.key(token, String(entry.sk))),
  );
  const found = (await batchGetAll(wanted)).map((item) => item !== undefined);
  return entries.filter((_, index) =>
    found.slice(index * others.length, (index + 1) * others.length).every(Boolean),
  );
}

/** Items by key, any number of them, in BatchGetItems of at most 100 keys each. */
async function batchGetAll(wanted: { pk: string; sk: string }[]): Promise<(Item | undefined)[]> {
  const answers = await Promise.all(chunks(wanted, BATCH_GET_SIZE).map((keys) => batchGet(keys)));
  return answers.flat();
}
