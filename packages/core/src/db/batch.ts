import { setTimeout as sleep } from "node:timers/promises";
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "./client";
import type { Item } from "./table";

type Key = { pk: string; sk: string };

/**
 * One more item a use case's BatchGetItem reads for someone else (the fan-out's connections), so
 * that it costs no request of its own; `found` gets what was there.
 */
export interface ReadAlong {
  key: Key;
  found(item: Item | undefined): void;
}

/** `batchGet` of `wanted` and, when given, `along`'s item (handed to it). */
export async function batchGetAlong(
  wanted: Key[],
  along: ReadAlong | undefined,
): Promise<(Item | undefined)[]> {
  if (!along) return batchGet(wanted);
  const items = await batchGet([...wanted, along.key]);
  along.found(items[wanted.length]);
  return items.slice(0, wanted.length);
}

/**
 * Items by key in one BatchGetItem, consistent as the single reads they replace were; unprocessed
 * keys (throttling) are asked again. Returns each key's item, or undefined.
 */
export async function batchGet(wanted: Key[]): Promise<(Item | undefined)[]> {
  const table = tableName();
  const found: Item[] = [];
  let pending: Item[] | undefined = wanted;
  for (let attempt = 0; pending?.length; attempt++) {
    if (attempt === 5) throw new Error("BatchGetItem left keys unprocessed five times");
    const answer: BatchGetCommandOutput = await db().send(
      new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }),
    );
    found.push(...(answer.Responses?.[table] ?? []));
    pending = answer.UnprocessedKeys?.[table]?.Keys;
  }
  return wanted.map((key) => found.find((item) => item.pk === key.pk && item.sk === key.sk));
}

/** The most keys one BatchWriteItem takes. */
export const BATCH_WRITE_SIZE = 25;
const UNPROCESSED_ROUNDS = 8;

export type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } };

/** Sends up to 25 write requests in one BatchWriteItem; unprocessed ones (throttling) are sent again. */
export async function batchWrite(batch: WriteRequest[]): Promise<void> {
  const table = tableName();
  let requests = batch;
  for (let round = 0; requests.length > 0; round++) {
    if (round >= UNPROCESSED_ROUNDS)
      throw new Error("DynamoDB kept items of a batch write unprocessed");
    if (round > 0) await sleep(50 * 2 ** round);
    const result = await db().send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
    requests = (result.UnprocessedItems?.[table] ?? []) as WriteRequest[];
  }
}

/** Deletes up to 25 items in one BatchWriteItem; unprocessed keys (throttling) are sent again. */
export const batchDelete = (batch: Item[]): Promise<void> =>
  batchWrite(batch.map((Key) => ({ DeleteRequest: { Key } })));

/** Puts up to 25 items in one BatchWriteItem; unprocessed ones (throttling) are sent again. */
export const batchPut = (batch: Item[]): Promise<void> =>
  batchWrite(batch.map((Item) => ({ PutRequest: { Item } })));

/** Splits a list into chunks of at most `size`. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}
