import middy from "@middy/core";
import type { Context } from "aws-lambda";

type RouteHandler = (event: never, context: Context) => Promise<unknown>;

/** A group's route handlers by route key (bundled from the manifest by stacks/route-groups.ts). */
export type RouteHandlers = Readonly<Record<string, RouteHandler>>;

/** What names the route: `routeKey` on HTTP API events, `requestContext.routeKey` on WebSocket ones. */
interface RoutedEvent {
  routeKey?: string;
  requestContext?: { routeKey?: string };
}

/**
 * The handler of a group's function on AWS: API Gateway names the route, and the route's own
 * handler module (the one the local cloud invokes directly) answers with the same event and context.
 */
export function groupHandler(group: string, routes: RouteHandlers) {
  return middy<RoutedEvent, unknown>().handler(async (event, context) => {
    const routeKey = event.routeKey ?? event.requestContext?.routeKey ?? "";
    const handler = routes[routeKey];
    // API Gateway only sends the routes wired to this function: anything else is a wiring bug.
    if (!handler) throw new Error(`The ${group} function has no route "${routeKey}"`);
    return handler(event as never, context);
  });
}
