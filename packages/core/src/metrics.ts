import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { env } from "./config";

/** The product's own figures (the Monitoring stack's dashboard shows each). */
export type ProductMetric =
  | "MessagesIn"
  | "MessagesOut"
  | "SendsFailed"
  | "AiReplies"
  | "Handoffs"
  | "WebhookRejections";

let metrics: Metrics | undefined;

/** Counts recorded where there is no CloudWatch (the local cloud, tests), newest last. */
const recorded: { name: ProductMetric; dimensions: Record<string, string> }[] = [];

/**
 * Counts one occurrence. On Lambda it is written at once as one CloudWatch embedded-metric-format
 * line (namespace POWERTOOLS_METRICS_NAMESPACE, dimension `service`, plus `dimensions`), so no
 * handler has to flush; elsewhere it is only remembered, and the local cloud's log stays free of
 * metric lines.
 */
export function countMetric(name: ProductMetric, dimensions: Record<string, string> = {}): void {
  if (env("AWS_LAMBDA_FUNCTION_NAME") === undefined) {
    recorded.push({ name, dimensions });
    if (recorded.length > 1000) recorded.shift();
    return;
  }
  metrics ??= new Metrics({
    namespace: env("POWERTOOLS_METRICS_NAMESPACE") ?? "Helios",
    serviceName: env("POWERTOOLS_SERVICE_NAME") ?? "helios",
  });
  const single = metrics.singleMetric();
  for (const [key, value] of Object.entries(dimensions)) single.addDimension(key, value);
  single.addMetric(name, MetricUnit.Count, 1);
}

/** What was counted away from Lambda (tests read it). */
export const recordedMetrics = () => [...recorded];
