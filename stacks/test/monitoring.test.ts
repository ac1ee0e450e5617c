/**
 * The Monitoring stack: every alarm the on-call engineer needs, on one encrypted topic with the
 * e-mail subscription from ALARM_EMAIL, and a dashboard of the same figures.
 */
import * as manifest from "@helios/functions/routes";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import config from "../../sst.config";
import { API_5XX_PERCENT, productMetrics } from "../monitoring";
import { stackFunctions } from "./stack-functions";
import { type Synth, synthesize } from "./synth";
import { resources } from "./template";

const SYNTH_TIMEOUT = 120_000;

describe("monitoring, with ALARM_EMAIL set", () => {
  let synth: Synth;
  beforeAll(async () => {
    process.env.ALARM_EMAIL = "oncall@example.com";
    try {
      synth = await synthesize({ stage: "test", config, stackFunctions });
    } finally {
      delete process.env.ALARM_EMAIL;
    }
  }, SYNTH_TIMEOUT);
  afterAll(() => synth?.cleanup());

  const alarms = () => Object.values(resources(synth, "Monitoring", "AWS::CloudWatch::Alarm"));
  const byDescription = (text: RegExp) =>
    alarms().filter((a) => text.test(String(a.Properties.AlarmDescription)));

  test("an encrypted, TLS-only topic with the e-mail subscription", () => {
    const [topic] = Object.values(resources(synth, "Monitoring", "AWS::SNS::Topic"));
    expect(topic?.Properties.KmsMasterKeyId).toBeDefined();
    const [key] = Object.values(resources(synth, "Monitoring", "AWS::KMS::Key"));
    expect(key?.Properties.EnableKeyRotation).toBe(true);
    expect(JSON.stringify(key?.Properties.KeyPolicy)).toContain("cloudwatch.amazonaws.com");
    const subscriptions = Object.values(resources(synth, "Monitoring", "AWS::SNS::Subscription"));
    expect(subscriptions.map((s) => [s.Properties.Protocol, s.Properties.Endpoint])).toEqual([
      ["email", "oncall@example.com"],
    ]);
    const [policy] = Object.values(resources(synth, "Monitoring", "AWS::SNS::TopicPolicy"));
    expect(JSON.stringify(policy?.Properties.PolicyDocument)).toContain("aws:SecureTransport");
  });

  test("every alarm notifies the topic, on alarm and on recovery", () => {
    const [topicId] = Object.keys(resources(synth, "Monitoring", "AWS::SNS::Topic"));
    expect(alarms().length).toBeGreaterThan(0);
    for (const alarm of alarms()) {
      expect(JSON.stringify(alarm.Properties.AlarmActions)).toContain(topicId);
      expect(JSON.stringify(alarm.Properties.OKActions)).toContain(topicId);
      expect(alarm.Properties.TreatMissingData).toBe("notBreaching");
    }
  });

  test("any message in a dead-letter queue raises an alarm", () => {
    const dlq = byDescription(/dead-letter queue/);
    expect(dlq).toHaveLength(manifest.queueRoutes.length + manifest.streamRoutes.length);
    for (const alarm of dlq) {
      expect(alarm.Properties.MetricName).toBe("ApproximateNumberOfMessagesVisible");
      expect(alarm.Properties.Threshold).toBe(1);
      expect(alarm.Properties.ComparisonOperator).toBe("GreaterThanOrEqualToThreshold");
    }
  });

  test("errors and throttles of every function", () => {
    const functions = synth.functions.length;
    const errors = alarms().filter((a) => a.Properties.MetricName === "Errors");
    const throttles = alarms().filter((a) => a.Properties.MetricName === "Throttles");
    expect(errors).toHaveLength(functions);
    expect(throttles).toHaveLength(functions);
    for (const fn of synth.functions) {
      const named = (list: typeof errors) =>
        list.some((a) => JSON.stringify(a.Properties.Dimensions).includes(fn.logicalId));
      expect(named(errors), fn.logicalId).toBe(true);
      expect(named(throttles), fn.logicalId).toBe(true);
    }
  });

  test("the HTTP API's 5xx rate, DynamoDB throttles and WebSocket API errors", () => {
    const [api5xx] = byDescription(/5xx/);
    expect(api5xx?.Properties.Threshold).toBe(API_5XX_PERCENT);
    expect(JSON.stringify(api5xx?.Properties.Metrics)).toContain('"MetricName":"5xx"');
    const [table] = byDescription(/DynamoDB throttled/);
    expect(JSON.stringify(table?.Properties.Metrics)).toContain("WriteThrottleEvents");
    const [ws] = byDescription(/WebSocket API/);
    expect(JSON.stringify(ws?.Properties.Metrics)).toContain("IntegrationError");
    expect(JSON.stringify(ws?.Properties.Metrics)).toContain("ExecutionError");
  });

  test("a dashboard of the same figures and the product's metrics", () => {
    const [dashboard] = Object.values(resources(synth, "Monitoring", "AWS::CloudWatch::Dashboard"));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const title of [
      "Alarms",
      "Lambda errors",
      "Lambda throttles",
      "Dead-letter queues",
      "HTTP API 5xx",
      "DynamoDB throttles",
    ]) {
      expect(body, title).toContain(title);
    }
    for (const metric of productMetrics) expect(body, metric).toContain(metric);
  });

  test("every function names the metrics namespace of its stage", () => {
    for (const fn of synth.functions) {
      const env = (fn.resource.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(env.POWERTOOLS_METRICS_NAMESPACE, fn.logicalId).toBe("Helios/test");
      expect(env.POWERTOOLS_SERVICE_NAME, fn.logicalId).toBe("helios");
    }
  });
});
