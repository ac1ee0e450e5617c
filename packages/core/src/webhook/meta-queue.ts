import { z } from "zod";
import { enqueueBatch, SEND_BATCH_MAX } from "../queue/queue";
import { digest, type MetaDeliveryItem } from "./meta-split";

/** A delivery with more items than this is handed to the queue instead of being stored inline. */
export const INLINE_ITEMS_MAX = 8;

/** SQS takes 256 KB per message; an item larger than this (a huge text) is stored inline instead. */
export const QUEUE_BODY_MAX_BYTES = 200_000;

/** Parallel lanes of SendMessageBatch calls; one customer's items always share a lane. */
const LANES = 8;

/** One item of a Meta delivery whose signature was checked, waiting to be stored. */
export const MetaDeliveryJob = z.object({
  numberId: z.string().min(1),
  payload: z.record(z.string(), z.unknown()),
});
export type MetaDeliveryJob = z.infer<typeof MetaDeliveryJob>;

/**
 * Puts the items on the FIFO queue, one message each, grouped by number and customer so a
 * conversation's items are stored in Meta's order; the deduplication id (the item's digest) makes a
 * repeat within SQS's five minutes a no-op, and the stored dedupe markers cover the rest. Returns the
 * items too large for a queue message, for the caller to store inline.
 */
export async function enqueueMetaItems(
  numberId: string,
  items: readonly MetaDeliveryItem[],
): Promise<MetaDeliveryItem[]> {
  const tooLarge: MetaDeliveryItem[] = [];
  const lanes: { body: MetaDeliveryJob; groupId: string; deduplicationId: string }[][] = Array.from(
    { length: LANES },
    () => [],
  );
  for (const item of items) {
    const body: MetaDeliveryJob = { numberId, payload: item.payload };
    const json = JSON.stringify(body);
    if (Buffer.byteLength(json) > QUEUE_BODY_MAX_BYTES) {
      tooLarge.push(item);
      continue;
    }
    const group = digest(`${numberId}\n${item.customer}`);
    const lane = lanes[Number.parseInt(group.slice(0, 8), 16) % LANES];
    lane?.push({ body, groupId: group.slice(0, 64), deduplicationId: digest(json) });
  }
  await Promise.all(
    lanes.map(async (lane) => {
      for (let start = 0; start < lane.length; start += SEND_BATCH_MAX) {
        await enqueueBatch("metaDeliveries", lane.slice(start, start + SEND_BATCH_MAX));
      }
    }),
  );
  return tooLarge;
}
