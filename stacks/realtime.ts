/**
 * The WebSocket API: `$connect`, `$disconnect` and `$default` from the manifest, served by one
 * function (the "realtime" group). Also the grant that lets a function publish to connected clients
 * through this stage's `@connections` management API.
 */
import { webSocketGrants } from "@helios/functions/routes";
import type { CfnStage } from "aws-cdk-lib/aws-apigatewayv2";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { type StackContext, use, WebSocketApi } from "sst/constructs";
import {
  accessLogSettings,
  createFunction,
  type FunctionGrant,
  webSocketThrottle,
} from "./defaults";
import { grantsFor } from "./grants";
import { webSocketRouteHandlers } from "./manifest";
import { suppress } from "./nag";
import { groupHandler, webSocketGroup } from "./route-groups";
import { Secrets } from "./secrets";
import { Storage } from "./storage";

export function Realtime({ stack }: StackContext) {
  const { table, indexNames } = use(Storage);
  const { secrets } = use(Secrets);

  const ws = new WebSocketApi(stack, "Realtime", { accessLog: accessLogSettings() });
  // SST grants every route function ManageConnections on every stage of the API; the function
  // gets this stage's only (publisher, below).
  (
    ws as unknown as { permissionsAttachedForAllRoutes: unknown[] }
  ).permissionsAttachedForAllRoutes = [];

  const { webSocketApi, webSocketStage } = ws.cdk;
  /** `https://{apiId}.execute-api.{region}.amazonaws.com/{stage}`, plus POST/GET/DELETE on it. */
  const publisher: FunctionGrant = {
    environment: { WS_MANAGEMENT_ENDPOINT: webSocketStage.callbackUrl },
    permissions: [
      new PolicyStatement({
        actions: ["execute-api:ManageConnections"],
        resources: [webSocketApi.arnForExecuteApiV2("*/@connections/*", webSocketStage.stageName)],
      }),
    ],
  };

  const fn = createFunction(
    stack,
    "RealtimeFunction",
    groupHandler(webSocketGroup),
    ...grantsFor(webSocketGrants, { table, indexNames, secrets, queues: new Map(), publisher }),
  );
  const routeKeys = Object.keys(webSocketRouteHandlers());
  ws.addRoutes(stack, Object.fromEntries(routeKeys.map((key) => [key, fn])));
  for (const key of routeKeys) {
    suppress(stack.node.findChild(`Route_${key}`), [
      [
        "APIG4",
        "$connect redeems a single-use ticket (issued to a signed-in member) in the function and refuses the connection otherwise; $default and $disconnect only exist on a connection $connect accepted.",
      ],
    ]);
  }

  // Every message a client sends invokes the function: a flood from one client is cut here.
  const cfnStage = webSocketStage.node.defaultChild as CfnStage;
  cfnStage.defaultRouteSettings = {
    throttlingRateLimit: webSocketThrottle.rateLimit,
    throttlingBurstLimit: webSocketThrottle.burstLimit,
  };

  stack.addOutputs({ WebSocketUrl: ws.customDomainUrl ?? ws.url });
  return { ws, publisher, realtimeFunction: fn };
}
