/**
 * Turns what a function may touch (`FunctionGrants`, declared in functions/routes.ts) into the IAM
 * statements, bindings and environment it gets: item-level table actions on the table and its
 * indexes, the secrets named, SendMessage on the queues it feeds, ManageConnections on this stage's
 * WebSocket connections when it publishes. Nothing else, so a bug in one function cannot reach
 * what its group does not declare.
 */
import type { FunctionGrants } from "@helios/functions/routes";
import { Stack } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import type { Config, Table } from "sst/constructs";
import { type FunctionGrant, PROVIDER_TIMEOUT_SECONDS } from "./defaults";
import { emailGrant } from "./email";
import { aiSettings, type SecretName } from "./secrets";

/** IAM actions per table access level. Transactions need the item actions they contain. */
export const tableActions = {
  read: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"],
  write: [
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:ConditionCheckItem",
    "dynamodb:BatchWriteItem",
  ],
  describe: ["dynamodb:DescribeTable"],
} as const;

export interface GrantSources {
  table: Table;
  /** Names of the table's global secondary indexes (Query runs on them). */
  indexNames: readonly string[];
  secrets: Readonly<Record<SecretName, Config.Secret>>;
  /** The manifest's queues by name. */
  queues: ReadonlyMap<string, { queue: IQueue; urlEnv: string }>;
  /** ManageConnections on this stage's `@connections` and the endpoint to post to. */
  publisher: FunctionGrant;
}

export function grantsFor(grants: FunctionGrants, sources: GrantSources): FunctionGrant[] {
  return [
    tableGrant(grants, sources),
    { bind: grants.secrets.map((name) => sources.secrets[name]) },
    feedsGrant(grants.feeds, sources.queues),
    ...(grants.publishes ? [sources.publisher] : []),
    ...(grants.sendsEmail ? [emailGrant(Stack.of(sources.table))] : []),
    ...(grants.aiSettings ? [aiSettings()] : []),
    ...(grants.callsProviders
      ? [{ environment: { PROVIDER_TIMEOUT_MS: String(PROVIDER_TIMEOUT_SECONDS * 1000) } }]
      : []),
  ];
}

function tableGrant(grants: FunctionGrants, { table, indexNames }: GrantSources): FunctionGrant {
  const actions = [...new Set(grants.table.flatMap((level) => tableActions[level]))];
  if (actions.length === 0) return {};
  const { tableArn } = table.cdk.table;
  const itemLevel = actions.filter((action) => action !== "dynamodb:DescribeTable");
  return {
    environment: { TABLE_NAME: table.tableName },
    permissions: [
      new PolicyStatement({
        actions,
        // Indexes only take Query; naming each keeps the statement free of wildcards.
        resources: [
          tableArn,
          ...(itemLevel.includes("dynamodb:Query")
            ? indexNames.map((name) => `${tableArn}/index/${name}`)
            : []),
        ],
      }),
    ],
  };
}

function feedsGrant(feeds: readonly string[], queues: GrantSources["queues"]): FunctionGrant {
  if (feeds.length === 0) return {};
  const fed = feeds.map((name) => {
    const entry = queues.get(name);
    if (!entry) throw new Error(`functions/routes.ts: a function feeds "${name}", no such queue`);
    return entry;
  });
  return {
    environment: Object.fromEntries(fed.map(({ queue, urlEnv }) => [urlEnv, queue.queueUrl])),
    permissions: [
      new PolicyStatement({
        actions: ["sqs:SendMessage"],
        resources: fed.map(({ queue }) => queue.queueArn),
      }),
    ],
  };
}
