import type { IncomingMessage, ServerResponse } from "node:http";
import { clearCaches } from "@helios/core/cache/caches";
import { logger } from "@helios/core/logger";
import type { HttpRoute } from "@helios/functions/routes";
import { invoke } from "../lambda/invoke";
import { httpApiEvent } from "./http-event";
import { writeApiGatewayError, writeLambdaResult } from "./http-response";
import { compileRoutes } from "./route-match";

/** API Gateway HTTP API emulation: route → the same handler module → API Gateway's response mapping. */
export function createHttpApi(routes: readonly HttpRoute[]) {
  const match = compileRoutes(routes);

  return {
    owns: (path: string) =>
      path.startsWith("/api/") || path === "/api" || path.startsWith("/webhooks/"),

    async handle(
      req: IncomingMessage,
      res: ServerResponse,
      url: URL,
      body: Buffer,
    ): Promise<number> {
      const method = req.method ?? "GET";
      const matched = match(method, url.pathname);
      if (!matched) return writeApiGatewayError(res, 404);
      const routeKey = `${matched.route.method} ${matched.route.path}`;
      const event = httpApiEvent({
        req,
        url,
        body,
        routeKey,
        pathParameters: matched.pathParameters,
      });
      try {
        const result = await invoke(matched.route.handler, event);
        clearCachesAfter(method, matched.route.handler);
        return writeLambdaResult(res, result);
      } catch (error) {
        clearCachesAfter(method, matched.route.handler);
        logger.error("handler threw", { routeKey, error });
        return writeApiGatewayError(res, 500);
      }
    },
  };
}

/**
 * On AWS each function has its own caches, so a write made through one API function reaches the
 * others' caches only when their TTL runs out (at most 2 s for sessions, 30 s for webhook
 * lookups). Here every HTTP function shares one process, and a test expects what a person
 * expects: a logout, a deleted number, new credentials take effect on the next request. So the
 * caches are emptied after every API call that may write, before its response leaves. Provider
 * webhooks change nothing that is cached (a failed signature re-reads what it checks itself), and
 * keep their warm lookups, as a busy webhook function would.
 */
function clearCachesAfter(method: string, handler: string): void {
  if (method !== "GET" && method !== "HEAD" && handler.startsWith("functions/http/")) clearCaches();
}
