import type { InboundFollowUpsJob } from "@helios/contracts";
import { enqueueAiTurn } from "../ai/enqueue";
import { getConversation } from "../conversation/repository";
import { queueInsightsQuietly } from "../insight/request";
import { notifyUnanswered } from "../notification/create";
import { getMessage } from "./repository";

/**
 * The follow-ups of a stored customer message (the follow-ups worker), together. Each is
 * idempotent — the notification is one per conversation and keeps the latest message, the AI job
 * is deduplicated by the message, an insights job coalesces into the one queued — so a job that
 * runs twice (a redelivered webhook, a retried record) changes nothing more.
 */
export async function runFollowUps(job: InboundFollowUpsJob): Promise<void> {
  await Promise.all([
    job.notify ? notifyPeople(job) : undefined,
    job.aiTurn ? enqueueAiTurn(job.tenant, job.conversationId, job.messageId) : undefined,
    job.insights
      ? queueInsightsQuietly(job.tenant, job.conversationId, "customer messages")
      : undefined,
  ]);
}

/** The notification names the customer and counts the unread as they are now. */
async function notifyPeople(job: InboundFollowUpsJob): Promise<void> {
  const [conversation, message] = await Promise.all([
    getConversation(job.tenant.tenantId, job.conversationId),
    getMessage(job.conversationId, job.messageId),
  ]);
  // Deleted meanwhile: nobody is to be told of it.
  if (!conversation || !message) return;
  await notifyUnanswered({ tenant: job.tenant, conversation, message });
}
