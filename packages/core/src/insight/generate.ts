import type { Insights, InsightsJob } from "@helios/contracts";
import { getAgent } from "../agent/repository";
import { aiClient } from "../ai/client";
import { defaultModel } from "../ai/status";
import { type ConversationItem, toConversation } from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { changeConversation } from "../conversation/versioned";
import { nowIso } from "../ids";
import { logger } from "../logger";
import { getNumber } from "../number/repository";
import { publish } from "../realtime/publisher";
import { analyzeLocally } from "./analyzer";
import { insightsFromModel } from "./model-insights";
import { releaseInsightsJob } from "./request";
import { recentMessages, toTranscript } from "./transcript";

/**
 * The insights worker's use case: the model's structured output when a provider is configured,
 * else the local analyzer; stored on the conversation and pushed live. A model failure throws (the
 * queue retries) until the last attempt, which falls back to the local analyzer.
 */
export async function generateInsights(
  job: InsightsJob,
  options: { lastAttempt: boolean },
): Promise<void> {
  // Taken: a request from now on queues a fresh job, which will see messages this one may not.
  if (job.jobId) await releaseInsightsJob(job.conversationId, job.jobId);
  const conversation = await getConversation(job.tenant.tenantId, job.conversationId);
  if (!conversation) return;
  const lines = toTranscript(await recentMessages(conversation.id, 100));
  const client = await aiClient();
  let insights: Insights | undefined;
  if (client) {
    try {
      const model = await modelOf(conversation);
      insights = {
        ...(await insightsFromModel(client, model, lines)),
        source: "ai",
        generatedAt: nowIso(),
      };
    } catch (error) {
      if (!options.lastAttempt) throw error;
      logger.warn("insights: the model failed on the last attempt; the local analyzer serves", {
        error,
      });
    }
  }
  insights ??= { ...analyzeLocally(lines), source: "local", generatedAt: nowIso() };
  const stored = await storeInsights(conversation, insights);
  if (stored)
    await publish(job.tenant, { type: "conversation.updated", data: toConversation(stored) });
}

async function modelOf(conversation: ConversationItem): Promise<string> {
  const number = await getNumber(conversation.numberId);
  const agent = number?.assignedAgentId
    ? await getAgent(conversation.tenantId, number.assignedAgentId)
    : undefined;
  return agent?.model || defaultModel();
}

/** On the version read; a conversation deleted meanwhile has nothing to store them on. */
async function storeInsights(
  conversation: ConversationItem,
  insights: Insights,
): Promise<ConversationItem | undefined> {
  const change = await changeConversation(conversation.tenantId, conversation.id, (current) =>
    current.insights && current.insights.generatedAt > insights.generatedAt
      ? undefined
      : { ...current, insights },
  );
  return change.found && change.changed ? change.conversation : undefined;
}
