import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { logger } from "@helios/core/logger";
import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { correlationIdOf } from "../http/lib/correlation";

type RouteHandler = (event: never, context: Context) => Promise<unknown>;

/** A group's route handlers by route key (bundled from the manifest by stacks/route-groups.ts). */
export type RouteHandlers = Readonly<Record<string, RouteHandler>>;

/** What names the route: `routeKey` on HTTP API events, `requestContext.routeKey` on WebSocket ones. */
interface RoutedEvent {
  routeKey?: string;
  rawPath?: string;
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: { routeKey?: string; requestId?: string };
}

/**
 * The handler of a group's function on AWS: API Gateway names the route, and the route's own
 * handler module (the one the local cloud invokes directly) answers with the same event and context.
 * Every log line of the invocation carries the Lambda context (request id, function, cold start)
 * and a correlation id (the provider's message id on a webhook).
 */
export function groupHandler(group: string, routes: RouteHandlers) {
  return middy<RoutedEvent, unknown>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .before(({ event }) => {
      const correlationId = correlationIdOf(event);
      if (correlationId) logger.setCorrelationId(correlationId);
    })
    .handler(async (event, context) => {
      const routeKey = event.routeKey ?? event.requestContext?.routeKey ?? "";
      const handler = routes[routeKey];
      // API Gateway only sends the routes wired to this function: anything else is a wiring bug.
      if (!handler) {
        logger.error("no such route in this function", { group, routeKey });
        throw new Error(`The ${group} function has no route "${routeKey}"`);
      }
      return handler(event as never, context);
    });
}
