import { InsightsJob } from "@helios/contracts";
import { generateInsights } from "@helios/core/insight/generate";
import type { SQSEvent } from "aws-lambda";
import { queueRoutes } from "../routes";
import { handleBatch, queueRoute, workerHandler } from "./lib/sqs-batch";

const route = queueRoute(queueRoutes, "insights");

/** Generate Insights requests: the model's analysis, or the local analyzer's without a provider. */
export const handler = workerHandler((event: SQSEvent) =>
  handleBatch(event, { name: "insights", route }, async (record, { lastAttempt }) => {
    await generateInsights(InsightsJob.parse(JSON.parse(record.body)), { lastAttempt });
  }),
);
