import * as z from "@helios/contracts/zod";
import { unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { deleteItem, getItem, putItem } from "../db/table";

const JobMarker = z.object({ jobId: z.string(), requestedAt: z.string(), expiresAt: z.number() });
export type JobMarker = z.infer<typeof JobMarker>;

/**
 * Claims the conversation's one slot for a queued insights job: written only where no marker is,
 * or an expired one (`now`, in seconds). Whether the slot was taken.
 */
export async function claimJobMarker(
  conversationId: string,
  marker: JobMarker & { tenantId: string },
  now: number,
): Promise<boolean> {
  const written = await unlessConditionFails(
    putItem({
      Item: { ...keys.insightsJob(conversationId), type: "insightsJob", ...marker },
      ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
      ExpressionAttributeValues: { ":now": now },
    }),
  );
  return written !== undefined;
}

/** The conversation's job marker, or undefined when there is none or it is not one. */
export async function findJobMarker(conversationId: string): Promise<JobMarker | undefined> {
  const item = await getItem(keys.insightsJob(conversationId), { ConsistentRead: true });
  const marker = item ? JobMarker.safeParse(item) : undefined;
  return marker?.success ? marker.data : undefined;
}

/** Removes the marker if it is still this job's. */
export async function deleteJobMarker(conversationId: string, jobId: string): Promise<void> {
  await unlessConditionFails(
    deleteItem({
      Key: keys.insightsJob(conversationId),
      ConditionExpression: "jobId = :job",
      ExpressionAttributeValues: { ":job": jobId },
    }),
  );
}
