import type { IncomingMessage, ServerResponse } from "node:http";
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
        return writeLambdaResult(res, await invoke(matched.route.handler, event));
      } catch (error) {
        logger.error("handler threw", { routeKey, error });
        return writeApiGatewayError(res, 500);
      }
    },
  };
}
