/**
 * What an on-call engineer watches: alarms on an SNS topic (with an e-mail subscription when the
 * deploying shell sets ALARM_EMAIL) and a dashboard of the same figures plus the product's own
 * metrics (messages in and out, failed sends by code, AI replies, handoffs, webhook rejections).
 */
import { Duration, Stack } from "aws-cdk-lib";
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Function as SstFunction, StackContext } from "sst/constructs";
import { use } from "sst/constructs";
import { Api } from "./api";
import { metricsNamespace } from "./defaults";
import { Queues } from "./queues";
import { Realtime } from "./realtime";
import { Search } from "./search";
import { Storage } from "./storage";

const FIVE_MINUTES = Duration.minutes(5);

export const productMetrics = [
  "MessagesIn",
  "MessagesOut",
  "SendsFailed",
  "AiReplies",
  "Handoffs",
  "WebhookRejections",
] as const;

/** The API's 5xx share (percent) above which the alarm fires, over at least this many requests. */
export const API_5XX_PERCENT = 5;
export const API_5XX_MIN_REQUESTS = 20;

export function Monitoring({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const { queues, workers } = use(Queues);
  const { consumers } = use(Search);
  const { api, functions: apiFunctions } = use(Api);
  const { ws, realtimeFunction } = use(Realtime);

  // CloudWatch can publish to an encrypted topic only with a customer-managed key it may use.
  const key = new Key(stack, "AlarmsKey", {
    description: `${stack.stackName} alarm notifications`,
    enableKeyRotation: true,
  });
  key.grant(
    new ServicePrincipal("cloudwatch.amazonaws.com"),
    "kms:Decrypt",
    "kms:GenerateDataKey*",
  );
  const topic = new Topic(stack, "Alarms", {
    displayName: `Helios ${app.stage} alarms`,
    masterKey: key,
    enforceSSL: true,
  });
  const email = process.env.ALARM_EMAIL?.trim();
  if (email) topic.addSubscription(new EmailSubscription(email));
  const notify = new SnsAction(topic);

  const alarms: Alarm[] = [];
  const alarm = (id: string, metric: IMetric, threshold: number, description: string) => {
    const created = new Alarm(stack, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    created.addAlarmAction(notify);
    created.addOkAction(notify);
    alarms.push(created);
    return created;
  };

  // Any message in a dead-letter queue is work that was given up on.
  const deadLetterQueues = [
    ...queues.map(({ entry, deadLetters }) => ({ name: entry.name, deadLetters })),
    ...consumers.map(({ name, deadLetters }) => ({ name: `${name} stream`, deadLetters })),
  ];
  const deadLetterMetrics = deadLetterQueues.map(({ name, deadLetters }) => {
    // Labels only on the dashboard: a labelled metric makes the alarm a math expression.
    const metric = deadLetters.cdk.queue.metricApproximateNumberOfMessagesVisible({
      period: FIVE_MINUTES,
      statistic: "Maximum",
    });
    alarm(
      `${deadLetters.id}Alarm`,
      metric,
      1,
      `A message of ${name} failed every attempt and is in its dead-letter queue: read it, fix the cause, redrive it.`,
    );
    return metric.with({ label: `${name} dead letters` });
  });

  const functions: [string, SstFunction][] = [
    ...[...apiFunctions].map(([group, fn]) => [group, fn] as [string, SstFunction]),
    ["realtime", realtimeFunction],
    ...workers.map(({ entry, fn }) => [entry.name, fn] as [string, SstFunction]),
    ...consumers.map(({ name, fn }) => [name, fn] as [string, SstFunction]),
  ];
  const errorMetrics: IMetric[] = [];
  const throttleMetrics: IMetric[] = [];
  for (const [name, fn] of functions) {
    const id = fn.node.id;
    const errors = fn.metricErrors({ period: FIVE_MINUTES, statistic: "Sum" });
    const throttles = fn.metricThrottles({ period: FIVE_MINUTES, statistic: "Sum" });
    errorMetrics.push(errors.with({ label: name }));
    throttleMetrics.push(throttles.with({ label: name }));
    alarm(
      `${id}ErrorsAlarm`,
      errors,
      1,
      `The ${name} function failed (an uncaught error or a timeout): see its log group.`,
    );
    alarm(
      `${id}ThrottlesAlarm`,
      throttles,
      1,
      `The ${name} function was throttled: the account's Lambda concurrency is exhausted.`,
    );
  }

  const httpApi = api.cdk.httpApi;
  const requests = httpApi.metricCount({ period: FIVE_MINUTES, statistic: "Sum" });
  const serverErrors = httpApi.metricServerError({ period: FIVE_MINUTES, statistic: "Sum" });
  const serverErrorRate = new MathExpression({
    expression: `IF(requests >= ${API_5XX_MIN_REQUESTS}, 100 * errors / requests, 0)`,
    usingMetrics: { requests, errors: serverErrors },
    period: FIVE_MINUTES,
    label: "HTTP API 5xx (%)",
  });
  alarm(
    "Api5xxAlarm",
    serverErrorRate,
    API_5XX_PERCENT,
    `More than ${API_5XX_PERCENT}% of the HTTP API's requests answered 5xx in 5 minutes.`,
  );

  const tableThrottles = new MathExpression({
    expression: "reads + writes",
    usingMetrics: {
      reads: table.cdk.table.metric("ReadThrottleEvents", {
        period: FIVE_MINUTES,
        statistic: "Sum",
      }),
      writes: table.cdk.table.metric("WriteThrottleEvents", {
        period: FIVE_MINUTES,
        statistic: "Sum",
      }),
    },
    period: FIVE_MINUTES,
    label: "DynamoDB throttled requests",
  });
  alarm(
    "TableThrottlesAlarm",
    tableThrottles,
    1,
    "DynamoDB throttled requests on the table (on-demand capacity could not follow a burst).",
  );

  const wsDimensions = {
    ApiId: ws.cdk.webSocketApi.apiId,
    Stage: ws.cdk.webSocketStage.stageName,
  };
  const wsMetric = (metricName: string) =>
    new Metric({
      namespace: "AWS/ApiGateway",
      metricName,
      dimensionsMap: wsDimensions,
      period: FIVE_MINUTES,
      statistic: "Sum",
      label: `WebSocket ${metricName}`,
    });
  const wsErrors = new MathExpression({
    expression: "integration + execution",
    usingMetrics: {
      integration: wsMetric("IntegrationError"),
      execution: wsMetric("ExecutionError"),
    },
    period: FIVE_MINUTES,
    label: "WebSocket API errors",
  });
  alarm(
    "WebSocketErrorsAlarm",
    wsErrors,
    5,
    "The WebSocket API failed to run its function or answer (integration or execution errors).",
  );

  const product = (metricName: string) =>
    new MathExpression({
      expression: `SUM(SEARCH('{${metricsNamespace(app.stage)},service} MetricName="${metricName}"', 'Sum', 300))`,
      label: metricName,
      period: FIVE_MINUTES,
    });
  const sendsFailedByCode = new MathExpression({
    expression: `SEARCH('{${metricsNamespace(app.stage)},code,service} MetricName="SendsFailed"', 'Sum', 300)`,
    label: "",
    period: FIVE_MINUTES,
  });

  const dashboard = new Dashboard(stack, "Dashboard", {
    dashboardName: `${Stack.of(stack).stackName}`,
    defaultInterval: Duration.hours(6),
  });
  const graph = (title: string, left: IMetric[], width = 8) =>
    new GraphWidget({ title, left, width, height: 6 });
  dashboard.addWidgets(new AlarmStatusWidget({ title: "Alarms", alarms, width: 24, height: 4 }));
  dashboard.addWidgets(
    graph("Messages in / out", [product("MessagesIn"), product("MessagesOut")]),
    graph("Failed sends by provider error code", [sendsFailedByCode]),
    graph("AI replies, handoffs, webhook rejections", [
      product("AiReplies"),
      product("Handoffs"),
      product("WebhookRejections"),
    ]),
  );
  dashboard.addWidgets(
    graph("Lambda errors", errorMetrics),
    graph("Lambda throttles", throttleMetrics),
    graph("Dead-letter queues", deadLetterMetrics),
  );
  dashboard.addWidgets(
    graph("HTTP API requests and 5xx", [requests, serverErrors]),
    graph("HTTP API 5xx (%)", [serverErrorRate]),
    graph("DynamoDB throttles, WebSocket errors", [tableThrottles, wsErrors]),
  );

  stack.addOutputs({ AlarmTopicArn: topic.topicArn, DashboardName: dashboard.dashboardName });
  return { topic, alarms, dashboard };
}
