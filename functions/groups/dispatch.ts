import middy from "@middy/core";
import type { Context } from "aws-lambda";

type RouteHandler = (event: never, context: Context) => Promise<unknown>;

/** A group's routes by route key, each module loaded on first use (bundled by stacks/route-groups.ts). */
export type RouteModules = Readonly<Record<string, () => Promise<{ handler: RouteHandler }>>>;

/** What names the route: `routeKey` on HTTP API events, `requestContext.routeKey` on WebSocket ones. */
interface RoutedEvent {
  routeKey?: string;
  requestContext?: { routeKey?: string };
}

/**
 * The handler of a group's function on AWS: API Gateway names the route, and the route's own
 * handler module (the one the local cloud invokes directly) answers with the same event and context.
 */
export function groupHandler(group: string, routes: RouteModules) {
  return middy<RoutedEvent, unknown>().handler(async (event, context) => {
    const routeKey = event.routeKey ?? event.requestContext?.routeKey ?? "";
    const load = routes[routeKey];
    // API Gateway only sends the routes wired to this function: anything else is a wiring bug.
    if (!load) throw new Error(`The ${group} function has no route "${routeKey}"`);
    const { handler } = await load();
    return handler(event as never, context);
  });
}
