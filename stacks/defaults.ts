/**
 * Settings shared by every stack: which stages are production, and the defaults every Lambda gets.
 */
import { Stack } from "aws-cdk-lib";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { type App, type FunctionProps, Function as SstFunction } from "sst/constructs";
import { functionRoleSuppressions, suppress } from "./nag";
import { routeGroupModules } from "./route-groups";
import { zodEnglishOnly } from "./zod-english-only";
import { zodUnused } from "./zod-unused";

/** `prod`, `production`, `prod-eu`, … and `staging` keep their data; every other stage is disposable. */
export function isProductionStage(stage: string): boolean {
  return stage === "staging" || stage.startsWith("prod");
}

/** API Gateway gives an integration 30 s; Twilio gives a webhook 15 s. Answer well within both. */
export const HTTP_TIMEOUT_SECONDS = 10;
/**
 * How long one call to Twilio or Meta may take (PROVIDER_TIMEOUT_MS of the functions that call
 * them). A function that calls a provider outlives two such calls with time to spare for the write
 * that records the outcome (a message marked failed), so Lambda never kills it first.
 */
export const PROVIDER_TIMEOUT_SECONDS = 8;
export const PROVIDER_MARGIN_SECONDS = 4;
/** HTTP functions that call a provider: still inside API Gateway's 30 s. */
export const PROVIDER_HTTP_TIMEOUT_SECONDS = 2 * PROVIDER_TIMEOUT_SECONDS + PROVIDER_MARGIN_SECONDS;
/** Queue workers call the AI provider and the WhatsApp providers. */
export const WORKER_TIMEOUT_SECONDS = 60;

/** The product's metrics (packages/core/src/metrics.ts), per stage. */
export const metricsNamespace = (stage: string) => `Helios/${stage}`;

/** Days every function's logs are kept: LOG_RETENTION_DAYS from the deploying shell, else 30. */
export function logRetention(): RetentionDays {
  const configured = process.env.LOG_RETENTION_DAYS?.trim();
  const days = configured ? Number(configured) : 30;
  const allowed = Object.values(RetentionDays).filter((v): v is number => typeof v === "number");
  if (!allowed.includes(days)) {
    throw new Error(
      `LOG_RETENTION_DAYS=${configured} is not a retention CloudWatch offers (${allowed.join(", ")})`,
    );
  }
  return days as RetentionDays;
}

/** The API access logs, kept as long as the functions' logs (SST names retentions by key). */
export function accessLogSettings() {
  const days = logRetention();
  const key = Object.entries(RetentionDays).find(([, value]) => value === days)?.[0] ?? "ONE_MONTH";
  return { retention: key.toLowerCase() as Lowercase<keyof typeof RetentionDays> };
}

/**
 * API Gateway throttling (requests per second, steady and burst). The stage default keeps a flood
 * on one route from taking every Lambda of the account; sign-in and sign-up (each a 128 MB scrypt)
 * get far less, so a password-guessing flood cannot starve the webhooks.
 */
export const httpThrottle = { rateLimit: 200, burstLimit: 400 };
export const authThrottle = { rateLimit: 10, burstLimit: 20 };
export const webSocketThrottle = { rateLimit: 100, burstLimit: 200 };

/** Applied with `app.setDefaultFunctionProps` to every function of the app. */
export const functionDefaults = {
  // The latest Node.js runtime that Lambda, CDK and SST 2.49 know (cdk-nag L1).
  runtime: "nodejs24.x",
  architecture: "arm_64",
  memorySize: "512 MB",
  timeout: `${HTTP_TIMEOUT_SECONDS} seconds`,
  // Minified bundles are less than half the size (faster cold starts); SST keeps function names.
  // The nodejs22.x runtime ships AWS SDK v3, so bundling it again only slows cold starts.
  // zod ships every message locale in its namespace; the bundles keep English only, and none of
  // the modules nobody calls (stacks/zod-unused.ts).
  nodejs: {
    format: "esm",
    minify: true,
    // A group's function bundles its routes' modules (stacks/route-groups.ts).
    esbuild: { external: ["@aws-sdk/*"], plugins: [zodEnglishOnly, zodUnused, routeGroupModules] },
  },
} satisfies FunctionProps;

/** What a function is given on top of the defaults: bindings, environment, IAM statements, … */
export type FunctionGrant = Omit<FunctionProps, "handler">;

/** One function's props: its handler plus the grants it needs, merged the way SST merges defaults. */
export function functionProps(handler: string, ...grants: FunctionGrant[]): FunctionProps {
  return grants.reduce<FunctionProps>((props, grant) => SstFunction.mergeProps(props, grant), {
    handler,
  });
}

/**
 * A function with its own role and log group: the role may write that log group and do what the
 * grants say, nothing more (no AWSLambdaBasicExecutionRole, whose logs:* covers every log group),
 * and the logs are kept `logRetention()` days.
 */
export function createFunction(
  scope: Construct,
  id: string,
  handler: string,
  ...grants: FunctionGrant[]
): SstFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: logRetention() });
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    description: `${Stack.of(scope).stackName} ${id} function`,
  });
  logGroup.grantWrite(role);
  suppress(role, functionRoleSuppressions);
  const observability: FunctionGrant = {
    environment: {
      // Powertools: the logger's service and the metrics' namespace (stacks/monitoring.ts).
      POWERTOOLS_SERVICE_NAME: "helios",
      POWERTOOLS_METRICS_NAMESPACE: metricsNamespace((scope.node.root as App).stage),
    },
  };
  return new SstFunction(scope, id, {
    ...functionProps(handler, observability, ...grants),
    role,
    logGroup,
  });
}

/** Adds a grant to a function that already exists (when the grant needs the construct that made it). */
export function addGrant(fn: SstFunction, grant: FunctionGrant): void {
  for (const [name, value] of Object.entries(grant.environment ?? {})) {
    fn.addEnvironment(name, value);
  }
  if (grant.permissions) fn.attachPermissions(grant.permissions);
  if (grant.bind) fn.bind(grant.bind);
}
