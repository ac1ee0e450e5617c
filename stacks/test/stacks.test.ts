/**
 * Offline synth of the real sst.config.ts (see synth.ts for how bundling is handled), checked against
 * the route manifest and the table definition — the tests repeat neither.
 */
import { existsSync } from "node:fs";
import { tableDefinition } from "@helios/core/db/table-definition";
import * as manifest from "@helios/functions/routes";
import {
  contentSecurityPolicy,
  HSTS_MAX_AGE_SECONDS,
  REFERRER_POLICY,
} from "@helios/functions/web-headers";
import { Api as HttpApi, WebSocketApi } from "sst/constructs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import config from "../../sst.config";
import { isAuthRoute } from "../api";
import { authThrottle, httpThrottle, WORKER_TIMEOUT_SECONDS, webSocketThrottle } from "../defaults";
import { queueConstructId } from "../manifest";
import { groupHandler, webSocketGroup } from "../route-groups";
import { secretNames } from "../secrets";
import { stackFunctions } from "./stack-functions";
import { environmentOf, flatten, type Synth, synthesize } from "./synth";
import {
  actionsOf,
  allStacks,
  handlerOf,
  type Resources,
  resources,
  resourcesOf,
  statementsOf,
} from "./template";

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties are read freely; their shape is what the tests assert
type Cfn = any;

/** One synth with every stack inactive takes ~2–4 s; the bundling one ~5 s per function. */
const SYNTH_TIMEOUT = 120_000;

const httpKeys = manifest.httpRoutes.map((route) => `${route.method} ${route.path}`);
const groupOfKey = (key: string) => {
  const route = manifest.httpRoutes.find((r) => `${r.method} ${r.path}` === key);
  return route ? manifest.httpGroupOf(route) : undefined;
};

describe("stage test: every stack synthesized, functions not bundled", () => {
  let synth: Synth;
  beforeAll(async () => {
    // As a deployer would set it in the shell: the model reaches the functions that use the AI.
    process.env.OPENAI_MODEL = "gpt-test-model";
    try {
      synth = await synthesize({ stage: "test", config, stackFunctions });
    } finally {
      delete process.env.OPENAI_MODEL;
    }
    console.info(`synth (stage test, no bundling): ${JSON.stringify(synth.timings)} ms`);
  }, SYNTH_TIMEOUT);
  afterAll(() => synth?.cleanup());

  test("one table from tableDefinition: keys, both GSIs, TTL, on demand, no PITR, destroyed with the stage", () => {
    const tables = Object.values(resources(synth, "Storage", "AWS::DynamoDB::Table"));
    expect(tables).toHaveLength(1);
    const table = tables[0] as Resources[string] & { DeletionPolicy?: string };
    const p = table.Properties;
    expect(p.KeySchema).toEqual([
      { AttributeName: tableDefinition.primaryIndex.partitionKey, KeyType: "HASH" },
      { AttributeName: tableDefinition.primaryIndex.sortKey, KeyType: "RANGE" },
    ]);
    const indexes = Object.entries(tableDefinition.globalIndexes);
    expect(indexes.map(([name]) => name)).toEqual(["gsi1", "gsi2"]);
    expect(p.GlobalSecondaryIndexes).toEqual(
      indexes.map(([name, index]) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    );
    expect(p.AttributeDefinitions).toEqual(
      expect.arrayContaining(
        Object.keys(tableDefinition.fields).map((name) => ({
          AttributeName: name,
          AttributeType: "S",
        })),
      ),
    );
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: "expiresAt", Enabled: true });
    expect(p.BillingMode).toBe("PAY_PER_REQUEST");
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: false });
    expect(table.DeletionPolicy).toBe("Delete");
  });

  test("the HTTP API has exactly the manifest's routes, each on its group's function", () => {
    const routes = Object.values(resources(synth, "Api", "AWS::ApiGatewayV2::Route"));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([...httpKeys].sort());
    const integrations = resources(synth, "Api", "AWS::ApiGatewayV2::Integration");
    const apiFunctions = synth.functions.filter((fn) => fn.stack === "Api");
    const groups = [...new Set(manifest.httpRoutes.map(manifest.httpGroupOf))];
    expect(apiFunctions.map(handlerOf).sort()).toEqual(groups.map(groupHandler).sort());
    for (const route of routes) {
      // Target is "integrations/<Ref to the integration>"; its URI names the group's function.
      const target = JSON.stringify(route.Properties.Target);
      const integration = Object.entries(integrations).find(([id]) => target.includes(id))?.[1];
      const group = groupOfKey(String(route.Properties.RouteKey));
      const fn = apiFunctions.find((f) => group && handlerOf(f) === groupHandler(group));
      expect(fn, String(route.Properties.RouteKey)).toBeDefined();
      expect(JSON.stringify(integration?.Properties.IntegrationUri)).toContain(fn?.logicalId);
    }
  });

  test("the WebSocket API has $connect, $disconnect and $default on one function", () => {
    const routes = Object.values(resources(synth, "Realtime", "AWS::ApiGatewayV2::Route"));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(
      Object.keys(manifest.webSocketRoutes).sort(),
    );
    const handlers = synth.functions.filter((fn) => fn.stack === "Realtime").map(handlerOf);
    expect(handlers).toEqual([groupHandler(webSocketGroup)]);
  });

  test("every manifest queue exists with its dead-letter queue and redrive settings", () => {
    const queues = resources(synth, "Queues", "AWS::SQS::Queue");
    expect(manifest.queueRoutes.length).toBeGreaterThan(0);
    for (const entry of manifest.queueRoutes) {
      const id = queueConstructId(entry.name);
      const suffix = entry.fifo ? ".fifo" : "";
      const find = (name: string) =>
        Object.entries(queues).find(([, q]) => q.Properties.QueueName === name);
      const main = find(`test-helios-${id}${suffix}`);
      const dlq = find(`test-helios-${id}DeadLetters${suffix}`);
      expect(main, entry.name).toBeDefined();
      expect(dlq, `${entry.name} dead letters`).toBeDefined();
      if (!main || !dlq) continue;
      const p = main[1].Properties;
      expect(p.RedrivePolicy).toEqual({
        deadLetterTargetArn: { "Fn::GetAtt": [dlq[0], "Arn"] },
        maxReceiveCount: entry.maxReceiveCount,
      });
      expect(p.VisibilityTimeout).toBe(entry.visibilityTimeoutSeconds);
      expect(entry.visibilityTimeoutSeconds).toBeGreaterThan(WORKER_TIMEOUT_SECONDS);
      if (entry.fifo) {
        expect(p.FifoQueue).toBe(true);
        expect(p.ContentBasedDeduplication).toBe(false);
        expect(dlq[1].Properties.FifoQueue).toBe(true);
      } else {
        expect(p.FifoQueue).toBeUndefined();
      }
    }
    expect(manifest.queueRoutes.some((q) => q.fifo && q.name.startsWith("ai-replies"))).toBe(true);
    // No worker declared yet → no consumer, no event source mapping.
    const workers = manifest.queueRoutes.filter((q) => q.handler !== undefined);
    expect(Object.keys(resources(synth, "Queues", "AWS::Lambda::EventSourceMapping"))).toHaveLength(
      workers.length,
    );
  });

  test("every function: the latest Node.js runtime on arm64, ESM, its own role and log group", () => {
    const groups = new Set(manifest.httpRoutes.map(manifest.httpGroupOf));
    expect(synth.functions.length).toBe(
      groups.size +
        1 +
        manifest.queueRoutes.filter((q) => q.handler).length +
        manifest.streamRoutes.length,
    );
    for (const fn of synth.functions) {
      expect(fn.props.runtime, fn.logicalId).toBe("nodejs24.x");
      expect(fn.props.architecture, fn.logicalId).toBe("arm_64");
      expect(fn.props.nodejs?.format, fn.logicalId).toBe("esm");
      expect(fn.resource.Runtime, fn.logicalId).toBe("nodejs24.x");
      expect(fn.resource.Architectures, fn.logicalId).toEqual(["arm64"]);
      expect(fn.resource.MemorySize, fn.logicalId).toBe(512);
      const logGroup = (fn.resource.LoggingConfig as { LogGroup?: { Ref: string } })?.LogGroup;
      expect(logGroup, fn.logicalId).toBeDefined();
      const group = resources(synth, fn.stack)[logGroup?.Ref ?? ""];
      expect(group?.Type).toBe("AWS::Logs::LogGroup");
      expect(group?.Properties.RetentionInDays, fn.logicalId).toBe(30);
    }
    // Every other Lambda in the templates is a deploy-time custom resource:
    for (const stack of allStacks(synth)) {
      for (const [id] of Object.entries(resources(synth, stack, "AWS::Lambda::Function"))) {
        if (synth.functions.some((fn) => fn.stack === stack && fn.logicalId === id)) continue;
        // SST's per-stack handler; CDK's auto-delete of the web buckets on disposable stages.
        expect(id).toMatch(
          /^(CustomResourceHandler|CustomS3AutoDeleteObjectsCustomResourceProvider)/,
        );
      }
    }
  });

  test("the API access logs are kept as long as the functions' logs", () => {
    for (const stack of ["Api", "Realtime"]) {
      const stages = Object.values(resources(synth, stack, "AWS::ApiGatewayV2::Stage"));
      expect(stages.length, stack).toBe(1);
      const destination = (stages[0]?.Properties.AccessLogSettings as { DestinationArn: unknown })
        ?.DestinationArn as { "Fn::GetAtt": [string] };
      const logGroup = resources(synth, stack)[destination["Fn::GetAtt"][0]];
      expect(logGroup?.Properties.RetentionInDays, stack).toBe(30);
    }
  });

  test("no dynamodb:, sqs: or execute-api: action on Resource *, in any stack", () => {
    for (const stack of allStacks(synth)) {
      const policies = Object.values(resources(synth, stack, "AWS::IAM::Policy"));
      for (const policy of policies) {
        for (const statement of (
          policy.Properties.PolicyDocument as {
            Statement: { Action: string | string[]; Resource: unknown; Effect: string }[];
          }
        ).Statement) {
          const actions = actionsOf(statement);
          if (!actions.some((a) => /^(dynamodb|sqs|execute-api):/.test(a))) continue;
          // ListStreams (a stream consumer's) has no resource-level scoping and reads no data.
          if (stack === "Search" && actions.join() === "dynamodb:ListStreams") continue;
          expect(resourcesOf(statement), `${stack}: ${actions.join(",")}`).not.toContain("*");
        }
      }
    }
  });

  test("secrets are bound (SSM), never plain environment variables", () => {
    const boundAs = (name: string) => `SST_Secret_value_${name}`;
    for (const stack of allStacks(synth)) {
      for (const [id, lambda] of Object.entries(resources(synth, stack, "AWS::Lambda::Function"))) {
        const env = ((lambda.Properties.Environment as { Variables?: object })?.Variables ??
          {}) as Record<string, unknown>;
        for (const [key, value] of Object.entries(env)) {
          for (const secret of secretNames) {
            if (!key.includes(secret)) continue;
            expect(key, id).toBe(boundAs(secret));
            expect(value, `${id} ${key}`).toBe("__FETCH_FROM_SSM__");
          }
        }
      }
    }
  });

  test("outputs: API URL, WebSocket URL, table name; the site gets both URLs at build", () => {
    expect(Object.keys(synth.templates.Api?.toJSON().Outputs ?? {})).toContain("ApiUrl");
    expect(Object.keys(synth.templates.Realtime?.toJSON().Outputs ?? {})).toContain("WebSocketUrl");
    expect(Object.keys(synth.templates.Storage?.toJSON().Outputs ?? {})).toContain("TableName");
    expect(Object.keys(synth.templates.Web?.toJSON().Outputs ?? {})).toContain("SiteUrl");
    // The Web stack is inactive offline (deploying it would build web/): check the StaticSite's
    // configuration instead of its upload.
    const web = synth.app.node.findAll().find((c) => c.node.id === "Site");
    const props = (web as unknown as { props: Record<string, unknown> }).props;
    expect(props).toMatchObject({
      path: "web",
      buildCommand: "npm run build",
      buildOutput: "dist",
    });
    const env = props.environment as Record<string, string>;
    const api = synth.app.node.findAll().find((c): c is HttpApi => c instanceof HttpApi);
    const ws = synth.app.node.findAll().find((c): c is WebSocketApi => c instanceof WebSocketApi);
    expect(env).toEqual({ VITE_API_URL: api?.url, VITE_WS_URL: ws?.url });
  });

  test("throttling: a default on both APIs, far tighter on sign-in and sign-up", () => {
    const [http] = Object.values(resources(synth, "Api", "AWS::ApiGatewayV2::Stage"));
    expect(http?.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: httpThrottle.rateLimit,
      ThrottlingBurstLimit: httpThrottle.burstLimit,
    });
    const routeSettings = http?.Properties.RouteSettings as Record<string, unknown>;
    const authKeys = httpKeys.filter((key) => isAuthRoute(key.split(" ")[1] ?? ""));
    expect(authKeys).toEqual(
      expect.arrayContaining(["POST /api/auth/login", "POST /api/auth/signup"]),
    );
    expect(Object.keys(routeSettings).sort()).toEqual([...authKeys].sort());
    for (const key of authKeys) {
      expect(routeSettings[key]).toEqual({
        ThrottlingRateLimit: authThrottle.rateLimit,
        ThrottlingBurstLimit: authThrottle.burstLimit,
      });
    }
    expect(authThrottle.rateLimit).toBeLessThan(httpThrottle.rateLimit / 10);
    const [ws] = Object.values(resources(synth, "Realtime", "AWS::ApiGatewayV2::Stage"));
    expect(ws?.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: webSocketThrottle.rateLimit,
      ThrottlingBurstLimit: webSocketThrottle.burstLimit,
    });
  });

  test("CloudFront: HTTPS only, origin access control, access logs, the web app's security headers", () => {
    const [distribution] = Object.values(resources(synth, "Web", "AWS::CloudFront::Distribution"));
    const config = distribution?.Properties.DistributionConfig as Cfn;
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe("redirect-to-https");
    expect(config.Origins[0].OriginAccessControlId).toBeDefined();
    expect(config.Origins[0].S3OriginConfig.OriginAccessIdentity).toBe("");
    expect(config.Logging.Bucket).toBeDefined();
    expect(config.DefaultRootObject).toBe("index.html");
    const [policy] = Object.values(
      resources(synth, "Web", "AWS::CloudFront::ResponseHeadersPolicy"),
    );
    const security = (policy?.Properties.ResponseHeadersPolicyConfig as Cfn)?.SecurityHeadersConfig;
    const csp = flatten(security.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toBe(contentSecurityPolicy(["https://<ref>", "wss://<ref>"]));
    expect(csp).toContain("frame-ancestors 'none'");
    expect(security.FrameOptions.FrameOption).toBe("DENY");
    expect(security.ContentTypeOptions.Override).toBe(true);
    expect(security.ReferrerPolicy.ReferrerPolicy).toBe(REFERRER_POLICY);
    expect(security.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS,
      IncludeSubdomains: true,
    });
  });

  test("TLS only: every bucket and queue refuses requests that are not over TLS", () => {
    const denies = (policy: Resources[string]) =>
      (policy.Properties.PolicyDocument as { Statement: Cfn[] }).Statement.some(
        (s) => s.Effect === "Deny" && s.Condition?.Bool?.["aws:SecureTransport"] === "false",
      );
    const buckets = Object.keys(resources(synth, "Web", "AWS::S3::Bucket"));
    const bucketPolicies = Object.values(resources(synth, "Web", "AWS::S3::BucketPolicy"));
    expect(buckets.length).toBe(2);
    for (const bucket of buckets) {
      const policy = bucketPolicies.find((p) =>
        JSON.stringify(p.Properties.Bucket).includes(bucket),
      );
      expect(policy && denies(policy), bucket).toBe(true);
    }
    const queues = Object.keys(resources(synth, "Queues", "AWS::SQS::Queue"));
    const queuePolicies = Object.values(resources(synth, "Queues", "AWS::SQS::QueuePolicy"));
    expect(queues.length).toBe(manifest.queueRoutes.length * 2);
    for (const queue of queues) {
      const policy = queuePolicies.find((p) => JSON.stringify(p.Properties.Queues).includes(queue));
      expect(policy && denies(policy), queue).toBe(true);
    }
  });

  test("every handler of the manifest names a file that exists", () => {
    const handlers = [
      ...manifest.httpRoutes.map((route) => route.handler),
      ...Object.values(manifest.webSocketRoutes),
      ...manifest.queueRoutes.flatMap((queue) => (queue.handler ? [queue.handler] : [])),
      ...manifest.streamRoutes.map((route) => route.handler),
    ];
    for (const handler of handlers) {
      const file = handler.replace(/\.[^./]+$/, "");
      const found = [".ts", ".mts", ".js", ".mjs"].some((ext) => existsSync(`${file}${ext}`));
      expect(found, handler).toBe(true);
    }
  });
});

describe("stage prod", () => {
  let synth: Synth;
  beforeAll(async () => {
    synth = await synthesize({ stage: "prod", config, stackFunctions });
  }, SYNTH_TIMEOUT);
  afterAll(() => synth?.cleanup());

  test("the table keeps point-in-time recovery, deletion protection and is retained", () => {
    const [table] = Object.values(
      resources(synth, "Storage", "AWS::DynamoDB::Table"),
    ) as (Resources[string] & {
      DeletionPolicy?: string;
    })[];
    expect(table?.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
    expect(table?.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table?.DeletionPolicy).toBe("Retain");
  });
});

describe("a queue whose manifest entry names a worker gets a consumer", () => {
  let synth: Synth;
  beforeAll(async () => {
    vi.resetModules();
    vi.doMock("@helios/functions/routes", async (importOriginal) => {
      const original = await importOriginal<typeof manifest>();
      return {
        ...original,
        queueRoutes: original.queueRoutes.map((queue) => ({
          ...queue,
          handler: `functions/workers/${queueConstructId(queue.name)}.handler`,
        })),
      };
    });
    const fresh = await import("../../sst.config");
    const stacks = {
      Secrets: (await import("../secrets")).Secrets,
      Storage: (await import("../storage")).Storage,
      Realtime: (await import("../realtime")).Realtime,
      Queues: (await import("../queues")).Queues,
      Api: (await import("../api")).Api,
      Web: (await import("../web")).Web,
    };
    synth = await synthesize({ stage: "test", config: fresh.default, stackFunctions: stacks });
  }, SYNTH_TIMEOUT);
  afterAll(() => {
    synth?.cleanup();
    vi.doUnmock("@helios/functions/routes");
    vi.resetModules();
  });

  test("one consumer per queue: batch size, partial batch failures, timeout below visibility", () => {
    const mappings = Object.values(resources(synth, "Queues", "AWS::Lambda::EventSourceMapping"));
    expect(mappings).toHaveLength(manifest.queueRoutes.length);
    for (const mapping of mappings) {
      expect(mapping.Properties.FunctionResponseTypes).toEqual(["ReportBatchItemFailures"]);
    }
    const workers = synth.functions.filter((fn) => fn.stack === "Queues");
    expect(workers).toHaveLength(manifest.queueRoutes.length);
    for (const entry of manifest.queueRoutes) {
      const worker = workers.find((fn) => handlerOf(fn).includes(queueConstructId(entry.name)));
      expect(worker, entry.name).toBeDefined();
      if (!worker) continue;
      expect(worker.resource.Timeout).toBe(WORKER_TIMEOUT_SECONDS);
      expect(worker.resource.Timeout as number).toBeLessThan(entry.visibilityTimeoutSeconds);
      expect(worker.resource.Architectures).toEqual(["arm64"]);
      const mapping = mappings.find(
        (m) => (m.Properties.FunctionName as { Ref: string }).Ref === worker.logicalId,
      );
      expect(mapping?.Properties.BatchSize).toBe(entry.batchSize);
      const env = environmentOf(worker);
      expect(env.TABLE_NAME).toBeDefined();
      // Only a worker that publishes knows where the WebSocket connections are.
      if (entry.grants?.publishes)
        expect(flatten(env.WS_MANAGEMENT_ENDPOINT)).toMatch(/^https:\/\//);
      else expect(env.WS_MANAGEMENT_ENDPOINT).toBeUndefined();
      // Its own queue's URL: the backoff of a failed record changes its visibility there.
      expect(env[entry.urlEnv]).toBeDefined();
      const receive = statementsOf(synth, worker).filter((s) =>
        actionsOf(s).includes("sqs:ReceiveMessage"),
      );
      expect(receive.length).toBeGreaterThan(0);
      for (const s of receive) expect(resourcesOf(s)).not.toContain("*");
    }
  });
});
