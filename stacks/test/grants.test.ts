/**
 * Least privilege, function by function: each synthesized role holds exactly what its group (or
 * queue entry) declares in functions/routes.ts, and the declarations are true to the code — a
 * function whose bundle reaches the module that reads a secret, publishes, enqueues or calls a
 * provider declares it, and one that declares it reaches it. Timeouts leave room for a slow
 * provider.
 */
import { modelTimeoutMs } from "@helios/core/ai/client";
import type { FunctionGrants } from "@helios/functions/routes";
import * as manifest from "@helios/functions/routes";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import config from "../../sst.config";
import {
  functionDefaults,
  HTTP_TIMEOUT_SECONDS,
  PROVIDER_MARGIN_SECONDS,
  PROVIDER_TIMEOUT_SECONDS,
  WORKER_TIMEOUT_SECONDS,
} from "../defaults";
import { tableActions } from "../grants";
import { queueConstructId } from "../manifest";
import { httpGroupNames, webSocketGroup } from "../route-groups";
import { secretNames } from "../secrets";
import { stackFunctions } from "./stack-functions";
import { environmentOf, flatten, type Synth, type SynthesizedFunction, synthesize } from "./synth";
import {
  actionsOf,
  handlerOf,
  managedPoliciesOf,
  resources,
  resourcesOf,
  statementsOf,
} from "./template";

const SYNTH_TIMEOUT = 120_000;

/** What a synthesized function declares, found from its handler. */
function declared(fn: SynthesizedFunction): { name: string; grants: FunctionGrants } {
  const handler = handlerOf(fn);
  const group = /^functions\/groups\/([a-z-]+)\.handler$/.exec(handler)?.[1];
  if (group === webSocketGroup) return { name: group, grants: manifest.webSocketGrants };
  if (group) return { name: group, grants: manifest.httpGroups[group as manifest.HttpGroup] };
  const stream = manifest.streamRoutes.find((route) => route.handler === handler);
  if (stream) return { name: stream.name, grants: stream.grants };
  const queue = manifest.queueRoutes.find((q) => q.handler === handler);
  if (!queue) throw new Error(`${handler} is neither a group nor a worker`);
  return { name: queue.name, grants: queue.grants ?? manifest.defaultWorkerGrants };
}

/** The statements that come with any function: its log group, X-Ray, and (workers) its queue. */
const baseline = new Set([
  "logs:CreateLogStream",
  "logs:PutLogEvents",
  "xray:PutTraceSegments",
  "xray:PutTelemetryRecords",
]);
const consumer = new Set([
  "sqs:ReceiveMessage",
  "sqs:ChangeMessageVisibility",
  "sqs:GetQueueUrl",
  "sqs:DeleteMessage",
  "sqs:GetQueueAttributes",
]);
/** A stream consumer's own: reading the table's stream (by its event source mapping). */
const streamActions = new Set([
  "dynamodb:DescribeStream",
  "dynamodb:GetRecords",
  "dynamodb:GetShardIterator",
  "dynamodb:ListStreams",
]);
/** …and sending a failed batch's description to its dead-letter queue (the on-failure destination). */
const streamConsumer = new Set([
  ...streamActions,
  "sqs:SendMessage",
  "sqs:GetQueueAttributes",
  "sqs:GetQueueUrl",
]);
const isStreamStatement = (statement: Parameters<typeof actionsOf>[0]) =>
  actionsOf(statement).some((action) => streamActions.has(action));
/** SqsDlq's grant: SendMessage with GetQueueAttributes/GetQueueUrl (a queue fed gets SendMessage alone). */
const isDeadLetterStatement = (statement: Parameters<typeof actionsOf>[0]) =>
  actionsOf(statement).includes("sqs:GetQueueAttributes");

describe("each function's grants are its declaration in functions/routes.ts", () => {
  let synth: Synth;
  beforeAll(async () => {
    process.env.EMAIL_FROM = "Helios <no-reply@mail.example.org>";
    // As a deployer would set it in the shell: the model reaches the functions that use the AI.
    process.env.OPENAI_MODEL = "gpt-test-model";
    try {
      synth = await synthesize({ stage: "test", config, stackFunctions });
    } finally {
      delete process.env.EMAIL_FROM;
      delete process.env.OPENAI_MODEL;
    }
  }, SYNTH_TIMEOUT);
  afterAll(() => synth?.cleanup());

  test("one function per group and per worker", () => {
    const names = synth.functions.map((fn) => declared(fn).name).sort();
    const groups = new Set(manifest.httpRoutes.map(manifest.httpGroupOf));
    expect(names).toEqual(
      [
        ...httpGroupNames.filter((g) => groups.has(g)),
        webSocketGroup,
        ...manifest.queueRoutes.flatMap((q) => (q.handler ? [q.name] : [])),
        ...manifest.streamRoutes.map((route) => route.name),
      ].sort(),
    );
  });

  test("no managed policy; nothing but the declared actions (and logs, X-Ray, its own queue)", () => {
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      expect(managedPoliciesOf(synth, fn), name).toEqual([]);
      const allowed = new Set([
        ...baseline,
        ...grants.table.flatMap((level) => tableActions[level]),
        ...(grants.secrets.length > 0 ? ["ssm:GetParameters"] : []),
        ...(grants.feeds.length > 0 ? ["sqs:SendMessage"] : []),
        ...(grants.publishes ? ["execute-api:ManageConnections"] : []),
        ...(grants.sendsEmail ? ["ses:SendEmail"] : []),
        ...(fn.stack === "Queues" ? consumer : []),
        ...(fn.stack === "Search" ? streamConsumer : []),
      ]);
      const granted = statementsOf(synth, fn).flatMap(actionsOf);
      expect(
        granted.filter((action) => !allowed.has(action)),
        name,
      ).toEqual([]);
      for (const statement of statementsOf(synth, fn)) {
        expect(statement.Effect).toBe("Allow");
        // Only X-Ray, and a stream consumer's ListStreams, have no resource-level permissions
        // (the IAM5 suppressions in stacks/nag.ts and stacks/search.ts).
        if (resourcesOf(statement).includes("*")) {
          expect(
            actionsOf(statement).every(
              (a) =>
                a.startsWith("xray:") || (fn.stack === "Search" && a === "dynamodb:ListStreams"),
            ),
            name,
          ).toBe(true);
        }
      }
    }
  });

  test("SES: only the functions that send e-mail may, as the configured sender's identity only", () => {
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      const ses = statementsOf(synth, fn).filter((s) =>
        actionsOf(s).some((a) => a.startsWith("ses:")),
      );
      const sender = grants.sendsEmail === true;
      expect(ses.length > 0, name).toBe(sender);
      expect(environmentOf(fn).EMAIL_FROM, name).toBe(
        sender ? "Helios <no-reply@mail.example.org>" : undefined,
      );
      for (const statement of ses) {
        expect(actionsOf(statement)).toEqual(["ses:SendEmail"]);
        expect(resourcesOf(statement).map(flatten).sort()).toEqual([
          "arn:<ref>:ses:us-east-1:123456789012:identity/mail.example.org",
          "arn:<ref>:ses:us-east-1:123456789012:identity/no-reply@mail.example.org",
        ]);
      }
    }
  });

  test("table: exactly the declared item-level actions, on the table and its named indexes", () => {
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      const statements = statementsOf(synth, fn).filter(
        (s) => actionsOf(s).some((a) => a.startsWith("dynamodb:")) && !isStreamStatement(s),
      );
      const expected = [...new Set(grants.table.flatMap((level) => tableActions[level]))];
      expect(statements.flatMap(actionsOf).sort(), name).toEqual([...expected].sort());
      for (const resource of statements.flatMap(resourcesOf).map(flatten)) {
        expect(resource, name).toMatch(/^<ref>(\/index\/gsi[12])?$/);
      }
      expect(JSON.stringify(statements)).not.toContain('"*"');
      expect(environmentOf(fn).TABLE_NAME !== undefined, name).toBe(expected.length > 0);
    }
  });

  test("secrets: only the declared ones are bound and readable", () => {
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      const env = environmentOf(fn);
      const bound = secretNames.filter((secret) => `SST_Secret_value_${secret}` in env);
      expect(bound.sort(), name).toEqual([...grants.secrets].sort());
      const readable = statementsOf(synth, fn)
        .filter((s) => actionsOf(s).includes("ssm:GetParameters"))
        .flatMap(resourcesOf)
        .map(flatten);
      for (const secret of secretNames) {
        const path = new RegExp(`:parameter/sst/helios/test/Secret/${secret}/value$`);
        expect(
          readable.some((r) => path.test(r)),
          `${name} may read ${secret}`,
        ).toBe(grants.secrets.includes(secret));
      }
    }
  });

  test("AI settings from the deploying shell reach only the functions that declare them", () => {
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      expect(environmentOf(fn).OPENAI_MODEL, name).toBe(
        grants.aiSettings ? "gpt-test-model" : undefined,
      );
    }
  });

  test("queues: SendMessage and URLs only for the queues fed", () => {
    const queues = resources(synth, "Queues", "AWS::SQS::Queue");
    const queueId = (name: string) =>
      Object.entries(queues).find(
        ([, q]) =>
          q.Properties.QueueName ===
          `test-helios-${queueConstructId(name)}${name.endsWith(".fifo") ? ".fifo" : ""}`,
      )?.[0];
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      const sends = statementsOf(synth, fn).filter(
        (s) =>
          actionsOf(s).includes("sqs:SendMessage") &&
          !(fn.stack === "Search" && isDeadLetterStatement(s)),
      );
      const targets = sends.flatMap(resourcesOf).map((r) => JSON.stringify(r));
      expect(targets.length, name).toBe(grants.feeds.length);
      for (const fed of grants.feeds) {
        const id = queueId(fed);
        expect(id, fed).toBeDefined();
        // In its own stack a Ref/GetAtt of the queue; elsewhere an import named after it.
        expect(
          targets.some((t) => id !== undefined && t.includes(id)),
          `${name} feeds ${fed}`,
        ).toBe(true);
      }
      const env = environmentOf(fn);
      const own = manifest.queueRoutes.find((q) => q.handler === handlerOf(fn));
      for (const queue of manifest.queueRoutes) {
        const knowsUrl = grants.feeds.includes(queue.name) || own?.name === queue.name;
        expect(env[queue.urlEnv] !== undefined, `${name} ${queue.urlEnv}`).toBe(knowsUrl);
      }
    }
  });

  test("realtime: ManageConnections on this stage's @connections only for publishers", () => {
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      const manage = statementsOf(synth, fn).filter((s) =>
        actionsOf(s).includes("execute-api:ManageConnections"),
      );
      expect(manage.length > 0, name).toBe(grants.publishes);
      for (const resource of manage.flatMap(resourcesOf)) {
        expect(flatten(resource)).toMatch(
          /^arn:<ref>:execute-api:us-east-1:123456789012:<ref>\/test\/\*\/@connections\/\*$/,
        );
      }
      expect(environmentOf(fn).WS_MANAGEMENT_ENDPOINT !== undefined, name).toBe(grants.publishes);
    }
  });

  test("health and the OpenAPI document: no secret, no queue, no realtime, only DescribeTable", () => {
    const publicFn = synth.functions.find((fn) => declared(fn).name === "public");
    expect(publicFn).toBeDefined();
    if (!publicFn) return;
    const actions = statementsOf(synth, publicFn)
      .flatMap(actionsOf)
      .filter((a) => !baseline.has(a));
    expect(actions).toEqual(["dynamodb:DescribeTable"]);
    expect(Object.keys(environmentOf(publicFn)).filter((k) => k.startsWith("SST_Secret"))).toEqual(
      [],
    );
  });

  test("timeouts: a function that calls a provider outlives two provider calls and a write", () => {
    for (const fn of synth.functions) {
      const { name, grants } = declared(fn);
      const timeoutMs = (fn.resource.Timeout as number) * 1000;
      const providerMs = Number(environmentOf(fn).PROVIDER_TIMEOUT_MS);
      if (grants.callsProviders) {
        expect(providerMs, name).toBe(PROVIDER_TIMEOUT_SECONDS * 1000);
        const aiMs = grants.aiSettings ? modelTimeoutMs() : 0;
        expect(timeoutMs, name).toBeGreaterThanOrEqual(
          aiMs + 2 * providerMs + PROVIDER_MARGIN_SECONDS * 1000,
        );
      } else {
        expect(environmentOf(fn).PROVIDER_TIMEOUT_MS, name).toBeUndefined();
      }
      if (fn.stack === "Queues" || fn.stack === "Search")
        expect(fn.resource.Timeout, name).toBe(WORKER_TIMEOUT_SECONDS);
      else if (!grants.callsProviders) expect(fn.resource.Timeout, name).toBe(HTTP_TIMEOUT_SECONDS);
      // API Gateway gives an HTTP integration 30 s.
      if (fn.stack === "Api") expect(timeoutMs, name).toBeLessThanOrEqual(29_000);
    }
  });
});

/**
 * What in a bundle needs a grant: the code that reads the secret, the endpoint or the table name,
 * or enqueues or calls a provider. Each marker is in a bundle only when that code survived
 * tree-shaking, i.e. some route of the function can run it.
 */
const needs: { marker: RegExp; grant: string; has: (g: FunctionGrants) => boolean }[] = [
  ...secretNames.map((secret) => ({
    marker: new RegExp(`\\b(requireSecret|secret)\\d*\\("${secret}"\\)`),
    grant: secret,
    has: (g: FunctionGrants) => g.secrets.includes(secret),
  })),
  {
    marker: /requireEnv\d*\("WS_MANAGEMENT_ENDPOINT"\)/,
    grant: "publishes",
    has: (g) => g.publishes,
  },
  {
    marker: /enqueue\d*\("aiReplies"/,
    grant: "feeds ai-replies.fifo",
    has: (g) => g.feeds.includes("ai-replies.fifo"),
  },
  {
    marker: /enqueue\d*\("followUps"/,
    grant: "feeds inbound-follow-ups",
    has: (g) => g.feeds.includes("inbound-follow-ups"),
  },
  {
    marker: /enqueue\d*\("insights"/,
    grant: "feeds insights",
    has: (g) => g.feeds.includes("insights"),
  },
  {
    marker: /providerTimeoutMs\d*\(\)/,
    grant: "callsProviders",
    has: (g) => g.callsProviders === true,
  },
  { marker: /requireEnv\d*\("TABLE_NAME"\)/, grant: "table", has: (g) => g.table.length > 0 },
  { marker: /new SendEmailCommand\d*\(/, grant: "sendsEmail", has: (g) => g.sendsEmail === true },
];

describe("the declarations are true to the code (each function's bundle)", () => {
  const bundles = new Map<string, string>();
  beforeAll(async () => {
    const entries: Record<string, string> = Object.fromEntries([
      ...httpGroupNames.map((g) => [g, `functions/groups/${g}.ts`]),
      [webSocketGroup, `functions/groups/${webSocketGroup}.ts`],
      ...manifest.queueRoutes.flatMap((q) =>
        q.handler ? [[q.name, `${q.handler.slice(0, q.handler.lastIndexOf("."))}.ts`]] : [],
      ),
      ...manifest.streamRoutes.map((route) => [
        route.name,
        `${route.handler.slice(0, route.handler.lastIndexOf("."))}.ts`,
      ]),
    ]);
    for (const [name, entry] of Object.entries(entries)) {
      const { outputFiles } = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        platform: "node",
        format: "esm",
        outdir: "/tmp/helios-grants-check",
        external: [...functionDefaults.nodejs.esbuild.external],
        plugins: [...functionDefaults.nodejs.esbuild.plugins],
        logLevel: "error",
      });
      bundles.set(name, outputFiles?.map((file) => file.text).join("\n") ?? "");
    }
  }, 120_000);

  const all = () =>
    [
      ...httpGroupNames,
      webSocketGroup,
      ...manifest.queueRoutes.flatMap((q) => (q.handler ? [q.name] : [])),
      ...manifest.streamRoutes.map((route) => route.name),
    ].map((name) => ({
      name,
      grants:
        name === webSocketGroup
          ? manifest.webSocketGrants
          : name in manifest.httpGroups
            ? manifest.httpGroups[name as manifest.HttpGroup]
            : (manifest.streamRoutes.find((route) => route.name === name)?.grants ??
              manifest.queueRoutes.find((q) => q.name === name)?.grants ??
              manifest.defaultWorkerGrants),
    }));

  test("a function whose code needs a grant declares it", () => {
    for (const { name, grants } of all()) {
      const bundle = bundles.get(name) ?? "";
      expect(bundle.length, name).toBeGreaterThan(0);
      for (const need of needs) {
        if (need.marker.test(bundle))
          expect(need.has(grants), `${name} needs ${need.grant}`).toBe(true);
      }
    }
  });

  test("a function that declares a grant has code that uses it", () => {
    for (const { name, grants } of all()) {
      const bundle = bundles.get(name) ?? "";
      for (const need of needs) {
        if (!need.has(grants)) continue;
        expect(need.marker.test(bundle), `${name} declares ${need.grant} but never uses it`).toBe(
          true,
        );
      }
    }
  });
});
