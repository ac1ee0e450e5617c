/**
 * The WebSocket API: `$connect`, `$disconnect` and `$default` from the manifest. Also the grant that
 * lets a function publish to connected clients through the `@connections` management API.
 */
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { type StackContext, use, WebSocketApi } from "sst/constructs";
import { addGrant, type FunctionGrant, functionProps } from "./defaults";
import { webSocketRouteHandlers } from "./manifest";
import { Secrets } from "./secrets";
import { Storage } from "./storage";

/** Routes that answer on their own connection: `$connect` cannot yet, `$disconnect`'s is gone. */
const publishingWebSocketRoutes = new Set(["$default"]);

export function Realtime({ stack }: StackContext) {
  const { tableAccess } = use(Storage);
  const { secretsFor } = use(Secrets);

  const ws = new WebSocketApi(stack, "Realtime", {
    routes: Object.fromEntries(
      Object.entries(webSocketRouteHandlers()).map(([routeKey, handler]) => [
        routeKey,
        { function: functionProps(handler, tableAccess, secretsFor("ws")) },
      ]),
    ),
  });

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

  // SST already lets every route function of this API manage its connections (any stage); the one
  // that answers on its socket also needs the endpoint.
  for (const routeKey of ws.routes) {
    const fn = publishingWebSocketRoutes.has(routeKey) ? ws.getFunction(routeKey) : undefined;
    if (fn) addGrant(fn, { environment: publisher.environment });
  }

  stack.addOutputs({ WebSocketUrl: ws.customDomainUrl ?? ws.url });
  return { ws, publisher };
}
