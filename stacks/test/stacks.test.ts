/**
 * Offline synth of the real sst.config.ts (see synth.ts for how bundling is handled), checked against
 * the route manifest and the table definition — the tests repeat neither.
 */
import { existsSync } from "node:fs";
import { tableDefinition } from "@helios/core/db/table-definition";
import * as manifest from "@helios/functions/routes";
import { Api as HttpApi, WebSocketApi } from "sst/constructs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import config from "../../sst.config";
import { Api } from "../api";
import { HTTP_TIMEOUT_SECONDS, WORKER_TIMEOUT_SECONDS } from "../defaults";
import { functionKind, queueConstructId } from "../manifest";
import { Queues } from "../queues";
import { Realtime } from "../realtime";
import { Secrets, secretNames } from "../secrets";
import { Storage } from "../storage";
import { Web } from "../web";
import { environmentOf, flatten, type Synth, type SynthesizedFunction, synthesize } from "./synth";

const stackFunctions = { Secrets, Storage, Realtime, Queues, Api, Web };
/** One synth with every stack inactive takes ~2–4 s; the bundling one ~5 s per function. */
const SYNTH_TIMEOUT = 120_000;

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> } & object>;
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

function resources(synth: Synth, stack: string, type?: string): Resources {
  const all = synth.templates[stack]?.toJSON().Resources as Resources;
  return Object.fromEntries(Object.entries(all).filter(([, r]) => !type || r.Type === type));
}

function allStacks(synth: Synth): string[] {
  return Object.keys(synth.templates);
}

/** The IAM statements of a function's role (inline policies attached to it in its stack). */
function statementsOf(synth: Synth, fn: SynthesizedFunction): Statement[] {
  const role = (fn.resource.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  return Object.values(resources(synth, fn.stack, "AWS::IAM::Policy"))
    .filter((policy) =>
      (policy.Properties.Roles as { Ref: string }[]).some((ref) => ref.Ref === role),
    )
    .flatMap(
      (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
}

function actionsOf(statement: Statement): string[] {
  return [statement.Action].flat();
}

function resourcesOf(statement: Statement): unknown[] {
  return [statement.Resource].flat();
}

const httpKeys = manifest.httpRoutes.map((route) => `${route.method} ${route.path}`);
const handlerOf = (fn: SynthesizedFunction) => fn.props.handler ?? "";

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

  test("the HTTP API has exactly the manifest's routes, each on a function with its handler", () => {
    const routes = Object.values(resources(synth, "Api", "AWS::ApiGatewayV2::Route"));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([...httpKeys].sort());
    const apiHandlers = synth.functions.filter((fn) => fn.stack === "Api").map(handlerOf);
    expect(apiHandlers.sort()).toEqual(manifest.httpRoutes.map((route) => route.handler).sort());
  });

  test("the WebSocket API has $connect, $disconnect and $default from the manifest", () => {
    const routes = Object.values(resources(synth, "Realtime", "AWS::ApiGatewayV2::Route"));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(
      ["$connect", "$default", "$disconnect"].sort(),
    );
    const handlers = synth.functions.filter((fn) => fn.stack === "Realtime").map(handlerOf);
    expect(handlers.sort()).toEqual(Object.values(manifest.webSocketRoutes).sort());
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

  test("every function: nodejs22.x on arm64, ESM, sensible memory and timeout", () => {
    expect(synth.functions.length).toBe(
      httpKeys.length +
        Object.keys(manifest.webSocketRoutes).length +
        manifest.queueRoutes.filter((q) => q.handler).length,
    );
    for (const fn of synth.functions) {
      expect(fn.props.runtime, fn.logicalId).toBe("nodejs22.x");
      expect(fn.props.architecture, fn.logicalId).toBe("arm_64");
      expect(fn.props.nodejs?.format, fn.logicalId).toBe("esm");
      expect(fn.resource.Runtime, fn.logicalId).toBe("nodejs22.x");
      expect(fn.resource.Architectures, fn.logicalId).toEqual(["arm64"]);
      expect(fn.resource.MemorySize, fn.logicalId).toBe(512);
      expect(fn.resource.Timeout, fn.logicalId).toBe(
        functionKind(handlerOf(fn)) === "worker" ? WORKER_TIMEOUT_SECONDS : HTTP_TIMEOUT_SECONDS,
      );
    }
    // Every other Lambda in the templates is SST's own per-stack custom-resource handler.
    for (const stack of allStacks(synth)) {
      for (const [id, lambda] of Object.entries(resources(synth, stack, "AWS::Lambda::Function"))) {
        if (synth.functions.some((fn) => fn.stack === stack && fn.logicalId === id)) continue;
        expect(id).toMatch(/^CustomResourceHandler/);
        expect(lambda.Properties.Runtime).toBe("nodejs22.x");
      }
    }
  });

  test("table, queues and the WebSocket endpoint reach the functions that use them", () => {
    const managementEndpoint = /^https:\/\/<ref>\.execute-api\.us-east-1\.<ref>\/test$/;
    for (const fn of synth.functions) {
      const env = environmentOf(fn);
      const kind = functionKind(handlerOf(fn));
      expect(env.TABLE_NAME, fn.logicalId).toBeDefined();
      expect(env.SST_Table_tableName_Table, fn.logicalId).toBeDefined();
      const publishes = kind !== "ws" || handlerOf(fn) === manifest.webSocketRoutes.$default;
      if (publishes) {
        expect(flatten(env.WS_MANAGEMENT_ENDPOINT), fn.logicalId).toMatch(managementEndpoint);
      } else {
        expect(env.WS_MANAGEMENT_ENDPOINT, fn.logicalId).toBeUndefined();
      }
      for (const queue of manifest.queueRoutes) {
        if (kind === "ws") expect(env[queue.urlEnv], fn.logicalId).toBeUndefined();
        else expect(env[queue.urlEnv], fn.logicalId).toBeDefined();
      }
      if (fn.stack === "Api") expect(env.PUBLIC_URL, fn.logicalId).toBeDefined();
    }
  });

  test("no dynamodb: or sqs: action on Resource *; ManageConnections only on this API's @connections", () => {
    for (const stack of allStacks(synth)) {
      const policies = Object.values(resources(synth, stack, "AWS::IAM::Policy"));
      const roles = Object.values(resources(synth, stack, "AWS::IAM::Role"));
      const statements = [
        ...policies.flatMap(
          (p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
        ),
        ...roles.flatMap((r) =>
          (
            (r.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]
          ).flatMap((p) => p.PolicyDocument.Statement),
        ),
      ];
      for (const statement of statements) {
        const actions = actionsOf(statement);
        const scoped = actions.some((a) => /^(dynamodb|sqs|execute-api):/.test(a));
        if (!scoped) continue;
        expect(resourcesOf(statement), `${stack}: ${actions.join(",")}`).not.toContain("*");
        if (actions.includes("execute-api:ManageConnections")) {
          for (const resource of resourcesOf(statement)) {
            expect(flatten(resource)).toMatch(
              /^arn:<ref>:execute-api:us-east-1:123456789012:<ref>\/(test|\*)\/\*\/@connections\/\*$/,
            );
          }
        }
      }
    }
    for (const fn of synth.functions) {
      const manages = statementsOf(synth, fn).some((s) =>
        actionsOf(s).includes("execute-api:ManageConnections"),
      );
      // Publishers get it from stacks/realtime.ts; SST grants it to every WebSocket route function.
      const publishes = environmentOf(fn).WS_MANAGEMENT_ENDPOINT !== undefined;
      expect(manages, fn.logicalId).toBe(publishes || fn.stack === "Realtime");
      const sends = statementsOf(synth, fn).some((s) => actionsOf(s).includes("sqs:SendMessage"));
      expect(sends, fn.logicalId).toBe(functionKind(handlerOf(fn)) !== "ws");
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
    const expected: Record<string, string[]> = {
      http: ["JWT_SECRET", "DATA_KEY"],
      webhook: ["DATA_KEY"],
      ws: ["JWT_SECRET"],
      worker: ["DATA_KEY", "OPENAI_API_KEY"],
    };
    // The app shell's `GET /api/me` tells whether an AI provider is configured.
    const extra: Record<string, string[]> = {
      "functions/http/auth/me.handler": ["OPENAI_API_KEY"],
    };
    for (const fn of synth.functions) {
      const env = environmentOf(fn);
      const bound = secretNames.filter((name) => boundAs(name) in env);
      const handler = handlerOf(fn);
      expect(bound.sort(), fn.logicalId).toEqual(
        [...(expected[functionKind(handler)] ?? []), ...(extra[handler] ?? [])].sort(),
      );
      const ssm = statementsOf(synth, fn).filter((s) => actionsOf(s).includes("ssm:GetParameters"));
      for (const name of bound) {
        expect(
          ssm.flatMap(resourcesOf).map(flatten),
          `${fn.logicalId} may read ${name}`,
        ).toContainEqual(
          expect.stringMatching(new RegExp(`:parameter/sst/helios/test/Secret/${name}/value$`)),
        );
      }
    }
  });

  test("AI settings from the deploying shell reach the workers and the functions that need them only", () => {
    // GET /api/me describes the provider and its models; agents' models are checked against
    // OPENAI_MODELS; inbound messages and closing queue automatic insights (every N messages).
    const needsAi = new Set([
      "functions/http/auth/me.handler",
      "functions/http/agents/create.handler",
      "functions/http/agents/update.handler",
      "functions/http/conversations/update.handler",
      "functions/webhooks/twilio-message.handler",
      "functions/webhooks/meta-message.handler",
    ]);
    for (const fn of synth.functions) {
      const handler = handlerOf(fn);
      const usesAi = functionKind(handler) === "worker" || needsAi.has(handler);
      expect(environmentOf(fn).OPENAI_MODEL, fn.logicalId).toBe(
        usesAi ? "gpt-test-model" : undefined,
      );
    }
  });

  test("outputs: API URL, WebSocket URL, table name; the site gets both URLs at build", () => {
    expect(Object.keys(synth.templates.Api?.toJSON().Outputs ?? {})).toContain("ApiUrl");
    expect(Object.keys(synth.templates.Realtime?.toJSON().Outputs ?? {})).toContain("WebSocketUrl");
    expect(Object.keys(synth.templates.Storage?.toJSON().Outputs ?? {})).toContain("TableName");
    // The Web stack is inactive offline (deploying it builds web/), so it has no SiteUrl output
    // here; check the StaticSite's configuration instead.
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

  test("every handler of the manifest names a file that exists", () => {
    const handlers = [
      ...manifest.httpRoutes.map((route) => route.handler),
      ...Object.values(manifest.webSocketRoutes),
      ...manifest.queueRoutes.flatMap((queue) => (queue.handler ? [queue.handler] : [])),
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
      expect(flatten(env.WS_MANAGEMENT_ENDPOINT)).toMatch(/^https:\/\//);
      for (const queue of manifest.queueRoutes) expect(env[queue.urlEnv]).toBeDefined();
      expect(env.SST_Secret_value_OPENAI_API_KEY).toBe("__FETCH_FROM_SSM__");
      expect(env.SST_Secret_value_DATA_KEY).toBe("__FETCH_FROM_SSM__");
      expect(env.SST_Secret_value_JWT_SECRET).toBeUndefined();
      const receive = statementsOf(synth, worker).filter((s) =>
        actionsOf(s).includes("sqs:ReceiveMessage"),
      );
      expect(receive.length).toBeGreaterThan(0);
      for (const s of receive) expect(resourcesOf(s)).not.toContain("*");
    }
  });
});
