import type { InsightsJob, InsightsQueued } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { env } from "../config";
import type { ConversationItem } from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { notFound } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { logger } from "../logger";
import type { MessageItem } from "../message/message";
import { enqueue } from "../queue/queue";
import { isTimelineOnly } from "../timeline/event";
import { claimJobMarker, deleteJobMarker, findJobMarker } from "./repository";

/** A job lost before its worker ran (it deletes the marker) stops blocking new ones after this. */
const MARKER_SECONDS = 15 * 60;

/** Automatic insights every N customer messages (`INSIGHTS_EVERY_N_MESSAGES`, default 10). */
export const insightsEveryN = () => {
  const n = Number(env("INSIGHTS_EVERY_N_MESSAGES") ?? 10);
  return Number.isInteger(n) && n > 0 ? n : 10;
};

/** Generate Insights (all roles): queued, or the job already queued for the conversation. */
export async function requestInsights(
  actor: Actor,
  conversationId: string,
): Promise<InsightsQueued> {
  const conversation = await getConversation(actor.tenantId, conversationId);
  if (!conversation)
    throw notFound(
      "conversation_not_found",
      "This conversation does not exist (it may have been deleted)",
    );
  return queueInsights(actor, conversation.id);
}

/** After every N customer messages, sentiment and summary refresh on their own. */
export function insightsDue(
  conversation: Pick<ConversationItem, "inboundCount">,
  message: Pick<MessageItem, "kind">,
): boolean {
  // A system line (the customer changed number) is not a customer message: it counts for nothing.
  if (isTimelineOnly(message)) return false;
  const count = conversation.inboundCount ?? 0;
  return count > 0 && count % insightsEveryN() === 0;
}

/** Automatic refreshes never fail what caused them (a message stored, a conversation closed). */
export async function queueInsightsQuietly(
  tenant: Pick<Actor, "tenantId" | "slug">,
  conversationId: string,
  why: string,
): Promise<void> {
  try {
    await queueInsights(tenant, conversationId);
  } catch (error) {
    logger.warn("automatic insights could not be queued", { conversationId, why, error });
  }
}

/**
 * At most one queued insights job per conversation: a marker item claims the slot (condition: none
 * or an expired one), then the job is queued; a request while one is queued coalesces into it.
 */
export async function queueInsights(
  tenant: Pick<Actor, "tenantId" | "slug">,
  conversationId: string,
): Promise<InsightsQueued> {
  for (let attempt = 1; ; attempt++) {
    const requestedAt = nowIso();
    const jobId = newId();
    const now = Math.floor(Date.now() / 1000);
    const claimed = await claimJobMarker(
      conversationId,
      { tenantId: tenant.tenantId, jobId, requestedAt, expiresAt: now + MARKER_SECONDS },
      now,
    );
    if (!claimed) {
      const queued = await queuedJob(conversationId);
      if (queued) return { status: "queued", ...queued };
      // Released between the two calls (the worker has just taken it): claim the slot again.
      if (attempt >= 3) throw new Error("the insights job marker kept changing");
      continue;
    }
    const job: InsightsJob = {
      kind: "insights.generate",
      tenant: { tenantId: tenant.tenantId, slug: tenant.slug },
      conversationId,
      requestedAt,
      jobId,
    };
    try {
      await enqueue("insights", job);
    } catch (error) {
      await releaseInsightsJob(conversationId, jobId);
      throw error;
    }
    return { status: "queued", jobId, requestedAt };
  }
}

async function queuedJob(
  conversationId: string,
): Promise<{ jobId: string; requestedAt: string } | undefined> {
  const marker = await findJobMarker(conversationId);
  if (!marker || marker.expiresAt < Math.floor(Date.now() / 1000)) return undefined;
  return { jobId: marker.jobId, requestedAt: marker.requestedAt };
}

/**
 * The worker took the job: from now on a new request queues a new job (which will see messages
 * that this one may not). Only this job's own marker is removed.
 */
export async function releaseInsightsJob(conversationId: string, jobId: string): Promise<void> {
  await deleteJobMarker(conversationId, jobId);
}
