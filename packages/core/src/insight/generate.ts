import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Insights, InsightsJob } from "@helios/contracts";
import { getAgent } from "../agent/repository";
import { aiClient } from "../ai/client";
import { defaultModel } from "../ai/status";
import { tableName } from "../config";
import { ConversationItem, toConversation } from "../conversation/conversation";
import { getConversation } from "../conversation/repository";
import { db } from "../db/client";
import { isConditionFailure } from "../db/conditions";
import { keys } from "../db/keys";
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

async function storeInsights(
  conversation: ConversationItem,
  insights: Insights,
): Promise<ConversationItem | undefined> {
  try {
    const { Attributes } = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.conversation(conversation.tenantId, conversation.id),
        UpdateExpression: "SET insights = :insights",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":insights": insights },
        ReturnValues: "ALL_NEW",
      }),
    );
    return ConversationItem.parse(Attributes);
  } catch (error) {
    // Deleted while the insights were being made: nothing to store them on.
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
