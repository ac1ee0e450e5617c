import { z } from "zod";
import { unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { deleteItem, EXISTS, NEW, putItem } from "../db/table";

export const TicketItem = z.object({
  userId: z.string(),
  tenantId: z.string(),
  slug: z.string(),
  sessionId: z.string(),
  sessionVersion: z.number(),
  sessionExpiresAt: z.number(),
  expiresAt: z.number(),
});
export type TicketItem = z.infer<typeof TicketItem>;

/** Stores a ticket under its token's hash (a new item: a hash collision fails, never overwrites). */
export async function putTicket(hash: string, ticket: TicketItem): Promise<void> {
  await putItem({
    Item: { ...keys.realtimeTicket(hash), type: "realtimeTicket", ...ticket },
    ...NEW,
  });
}

/** Deletes the ticket and returns what it held, or undefined when there is none (used, unknown). */
export async function takeTicket(hash: string): Promise<TicketItem | undefined> {
  const deleted = await unlessConditionFails(
    deleteItem({ Key: keys.realtimeTicket(hash), ...EXISTS, ReturnValues: "ALL_OLD" }),
  );
  return deleted && TicketItem.parse(deleted.Attributes);
}
