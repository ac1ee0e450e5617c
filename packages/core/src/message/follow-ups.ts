import type { InboundFollowUpsJob } from "@helios/contracts";
import { enqueueAiTurn } from "../ai/enqueue";
import { queueInsightsQuietly } from "../insight/request";

/**
 * The follow-ups of a stored customer message (the follow-ups worker), together. Each is
 * idempotent — the AI job is deduplicated by the message, an insights job coalesces into the one
 * queued — so a job that runs twice (a redelivered webhook, a retried record) changes nothing more.
 */
export async function runFollowUps(job: InboundFollowUpsJob): Promise<void> {
  await Promise.all([
    job.aiTurn ? enqueueAiTurn(job) : undefined,
    job.insights
      ? queueInsightsQuietly(job.tenant, job.conversationId, "customer messages")
      : undefined,
  ]);
}
