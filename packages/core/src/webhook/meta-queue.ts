import * as z from "@helios/contracts/zod";
import { enqueueBatch, SEND_BATCH_MAX } from "../queue/queue";
import { digest, type MetaDeliveryItem } from "./meta-split";

/** A delivery with more items than this is handed to the queue instead of being stored inline. */
export const INLINE_ITEMS_MAX = 8;

/**
 * Below SQS's 256 KB per message and per SendMessageBatch request (1 MiB since 2025; the older
 * limit is kept for headroom): an item larger than this (a huge text) is stored inline instead.
 */
export const QUEUE_BODY_MAX_BYTES = 200_000;

/** Parallel lanes of SendMessageBatch calls; one customer's items always share a lane. */
const LANES = 8;

/**
 * Items of one customer from a Meta delivery whose signature was checked, in Meta's order, waiting
 * to be stored. Each payload is a whole one-item `whatsapp_business_account` delivery.
 */
export const MetaDeliveryJob = z.object({
  numberId: z.string().check(z.minLength(1)),
  payloads: z.array(z.record(z.string(), z.unknown())).check(z.minLength(1)),
});
export type MetaDeliveryJob = z.infer<typeof MetaDeliveryJob>;

interface Entry {
  body: MetaDeliveryJob;
  groupId: string;
  deduplicationId: string;
  bytes: number;
}

/**
 * Puts the items on the FIFO queue: each customer's items, in order, in as few messages as fit
 * SQS's size limit, grouped by number and customer so a conversation's items are stored in Meta's
 * order while customers proceed in parallel. The deduplication id (the message's digest) makes a
 * retried delivery within SQS's five minutes a no-op; the stored dedupe markers cover the rest.
 * Returns the items too large for any queue message, for the caller to store inline.
 */
export async function enqueueMetaItems(
  numberId: string,
  items: readonly MetaDeliveryItem[],
): Promise<MetaDeliveryItem[]> {
  const byCustomer = new Map<string, MetaDeliveryItem[]>();
  for (const item of items) {
    byCustomer.set(item.customer, [...(byCustomer.get(item.customer) ?? []), item]);
  }
  const tooLarge: MetaDeliveryItem[] = [];
  const lanes: Entry[][] = Array.from({ length: LANES }, () => []);
  for (const [customer, own] of byCustomer) {
    const group = digest(`${numberId}\n${customer}`);
    const lane = lanes[Number.parseInt(group.slice(0, 8), 16) % LANES] ?? [];
    let payloads: Record<string, unknown>[] = [];
    let bytes = 0;
    const flush = () => {
      if (payloads.length === 0) return;
      const body: MetaDeliveryJob = { numberId, payloads };
      const json = JSON.stringify(body);
      lane.push({
        body,
        groupId: group.slice(0, 64),
        deduplicationId: digest(json),
        bytes: Buffer.byteLength(json),
      });
      payloads = [];
      bytes = 0;
    };
    for (const item of own) {
      const size = Buffer.byteLength(JSON.stringify(item.payload)) + 1;
      if (size > QUEUE_BODY_MAX_BYTES) {
        tooLarge.push(item);
        continue;
      }
      if (bytes + size > QUEUE_BODY_MAX_BYTES) flush();
      payloads.push(item.payload);
      bytes += size;
    }
    flush();
  }
  await Promise.all(
    lanes.map(async (lane) => {
      for (const batch of requests(lane)) await enqueueBatch("metaDeliveries", batch);
    }),
  );
  return tooLarge;
}

/** A lane's messages in order, as SendMessageBatch requests: at most 10 and the size limit each. */
function requests(lane: readonly Entry[]): Entry[][] {
  const batches: Entry[][] = [];
  let current: Entry[] = [];
  let bytes = 0;
  for (const entry of lane) {
    if (current.length === SEND_BATCH_MAX || bytes + entry.bytes > QUEUE_BODY_MAX_BYTES) {
      if (current.length > 0) batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entry.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
