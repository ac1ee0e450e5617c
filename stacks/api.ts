/**
 * The HTTP API: every `httpRoutes` entry of the manifest, served by one function per group
 * (`httpGroupOf`), each with the grants its group declares and nothing more.
 */
import { type HttpGroup, httpGroupOf, httpGroups, httpRoutes } from "@helios/functions/routes";
import { CfnRoute, type CfnStage } from "aws-cdk-lib/aws-apigatewayv2";
import { Api as HttpApi, type StackContext, use } from "sst/constructs";
import {
  accessLogSettings,
  addGrant,
  authThrottle,
  createFunction,
  HTTP_TIMEOUT_SECONDS,
  httpThrottle,
  PROVIDER_HTTP_TIMEOUT_SECONDS,
} from "./defaults";
import { grantsFor } from "./grants";
import { httpRouteHandlers } from "./manifest";
import { suppress } from "./nag";
import { Queues } from "./queues";
import { Realtime } from "./realtime";
import { groupHandler, httpGroupNames } from "./route-groups";
import { Secrets } from "./secrets";
import { Storage } from "./storage";

/** Routes anyone may call to get a session: throttled far below the rest (each is a scrypt). */
export const isAuthRoute = (path: string) =>
  path.startsWith("/api/auth/") || path.startsWith("/api/invitations/");

/** Why API Gateway checks no authorization on a group's routes (cdk-nag APIG4). */
const authorizationReason: Record<HttpGroup, string> = {
  public:
    "Health and the OpenAPI document are public by design; the function has no secret and may only describe the table.",
  auth: "Signing up and in are how a caller gets a session; the other account routes check the bearer token (a JWT) in the function, and sign-in is rate limited in core and throttled at the stage.",
  workspace:
    "The function checks the bearer token (a JWT, JWT_SECRET) and the caller's membership and role in the workspace (core) before any data is read.",
  credentials:
    "The function checks the bearer token (a JWT, JWT_SECRET) and the caller's membership and role in the workspace (core) before any data is read.",
  sending:
    "The function checks the bearer token (a JWT, JWT_SECRET) and the caller's membership and role in the workspace (core) before any data is read.",
  webhooks:
    "Twilio and Meta cannot present a token: each request's provider signature (X-Twilio-Signature, X-Hub-Signature-256) is checked with the number's secret in the function, and unsigned traffic is refused.",
};

const functionId = (group: HttpGroup) => `${group[0]?.toUpperCase()}${group.slice(1)}Function`;

export function Api({ stack }: StackContext) {
  const { table, indexNames } = use(Storage);
  const { secrets } = use(Secrets);
  const { publisher } = use(Realtime);
  const { byName: queues } = use(Queues);

  const groups = new Set(httpRoutes.map(httpGroupOf));
  const functions = new Map(
    httpGroupNames
      .filter((group) => groups.has(group))
      .map((group) => {
        const grants = httpGroups[group];
        const timeout = grants.callsProviders
          ? PROVIDER_HTTP_TIMEOUT_SECONDS
          : HTTP_TIMEOUT_SECONDS;
        const fn = createFunction(
          stack,
          functionId(group),
          groupHandler(group),
          { timeout: `${timeout} seconds` },
          ...grantsFor(grants, { table, indexNames, secrets, queues, publisher }),
        );
        return [group, fn] as const;
      }),
  );

  const routeKeys = Object.keys(httpRouteHandlers());
  const api = new HttpApi(stack, "Api", {
    accessLog: accessLogSettings(),
    routes: Object.fromEntries(
      httpRoutes.map((route) => [
        `${route.method} ${route.path}`,
        { function: functions.get(httpGroupOf(route)) },
      ]),
    ),
  });

  // Webhook URLs shown to users, and the URL provider signatures are computed over.
  const publicUrl = api.customDomainUrl ?? api.url;
  for (const fn of functions.values()) addGrant(fn, { environment: { PUBLIC_URL: publicUrl } });

  const stage = api.cdk.httpApi.defaultStage?.node.defaultChild as CfnStage;
  stage.defaultRouteSettings = {
    throttlingRateLimit: httpThrottle.rateLimit,
    throttlingBurstLimit: httpThrottle.burstLimit,
  };
  const authRouteKeys = routeKeys.filter((key) => isAuthRoute(key.split(" ")[1] ?? ""));
  stage.routeSettings = Object.fromEntries(
    authRouteKeys.map((key) => [
      key,
      // A JSON map in CloudFormation: CDK passes it through as written, so CloudFormation's names.
      {
        ThrottlingRateLimit: authThrottle.rateLimit,
        ThrottlingBurstLimit: authThrottle.burstLimit,
      },
    ]),
  );
  for (const route of api.node.findAll()) {
    if (!(route instanceof CfnRoute)) continue;
    // A stage's route settings name routes that must exist first.
    stage.addDependency(route);
    const declared = httpRoutes.find((r) => `${r.method} ${r.path}` === route.routeKey);
    if (declared) suppress(route, [["APIG4", authorizationReason[httpGroupOf(declared)]]]);
  }

  stack.addOutputs({ ApiUrl: publicUrl });
  return { api, functions };
}
