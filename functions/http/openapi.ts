import { openApiDocument } from "@helios/contracts/openapi";
import { env } from "@helios/core/config";
import { publicRoute } from "./lib/handler";
import { ok } from "./lib/response";

export const handler = publicRoute(async ({ event }) =>
  ok(openApiDocument(env("PUBLIC_URL") ?? `https://${event.requestContext.domainName}`)),
);
