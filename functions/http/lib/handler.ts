import { type Actor, actorFor } from "@helios/core/access/actor";
import { authenticate } from "@helios/core/auth/sessions";
import { bearerToken, type Session } from "@helios/core/auth/token";
import { countMetric } from "@helios/core/metrics";
import middy from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { errorResponse } from "./error-response";
import { pathParameter } from "./request";
import type { HttpResult } from "./response";

export type SignedIn = Session & { lastTenant?: string };
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

/** A route for any signed-in user: the bearer token must be valid and its session not ended. */
export function userRoute(
  fn: Handler<{ event: APIGatewayProxyEventV2; userId: string; session: SignedIn }>,
) {
  return publicRoute(async ({ event }) => {
    const session = await authenticate(bearerToken(event.headers.authorization));
    return fn({ event, userId: session.userId, session });
  });
}

/** A route under /api/t/{tenant}: the caller must be a member; core checks the role. */
export function tenantRoute(
  fn: Handler<{ event: APIGatewayProxyEventV2; actor: Actor; session: SignedIn }>,
) {
  return userRoute(async ({ event, userId, session }) => {
    const actor = await actorFor(userId, pathParameter(event, "tenant"));
    return fn({ event, actor, session });
  });
}

/** A public route that also knows the caller when a bearer token comes along (and is still valid). */
export function optionalUserRoute(
  fn: Handler<{ event: APIGatewayProxyEventV2; session: SignedIn | undefined }>,
) {
  return publicRoute(async ({ event }) => {
    const token = bearerToken(event.headers.authorization);
    return fn({ event, session: token ? await authenticate(token) : undefined });
  });
}
