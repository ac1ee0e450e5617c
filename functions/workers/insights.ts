import { InsightsJob } from "@helios/contracts";
import { generateInsights } from "@helios/core/insight/generate";
import { queueRoutes } from "../routes";
import { queueRoute, queueWorker } from "./lib/sqs-batch";

/** Generate Insights requests: the model's analysis, or the local analyzer's without a provider. */
export const handler = queueWorker({
  queue: { name: "insights", route: queueRoute(queueRoutes, "insights") },
  body: InsightsJob,
  handle: (job, { lastAttempt }) => generateInsights(job, { lastAttempt }),
});
