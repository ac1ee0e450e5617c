import { type Actor, actorFor } from "@helios/core/access/actor";
import { bearerToken, verifyToken } from "@helios/core/auth/token";
import { countMetric } from "@helios/core/metrics";
import middy from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { errorResponse } from "./error-response";
import { pathParameter } from "./request";
import type { HttpResult } from "./response";

type Handler<C> = (input: C) => Promise<HttpResult>;

/** A public route: the function gets the raw event; errors map to responses in one place. */
export function publicRoute(fn: Handler<{ event: APIGatewayProxyEventV2 }>) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>().handler(
    async (event) => {
      try {
        return await fn({ event });
      } catch (error) {
        const response = errorResponse(error);
        // A webhook refused for its signature: a misconfigured secret, or someone knocking.
        if (event.rawPath?.startsWith("/webhooks/") && [401, 403].includes(response.statusCode)) {
          countMetric("WebhookRejections");
        }
        return response;
      }
    },
  );
}

/** A route for any signed-in user: the bearer token must be valid. */
export function userRoute(fn: Handler<{ event: APIGatewayProxyEventV2; userId: string }>) {
  return publicRoute(async ({ event }) => {
    const userId = await verifyToken(bearerToken(event.headers.authorization));
    return fn({ event, userId });
  });
}

/** A route under /api/t/{tenant}: the caller must be a member; core checks the role. */
export function tenantRoute(fn: Handler<{ event: APIGatewayProxyEventV2; actor: Actor }>) {
  return userRoute(async ({ event, userId }) => {
    const actor = await actorFor(userId, pathParameter(event, "tenant"));
    return fn({ event, actor });
  });
}
