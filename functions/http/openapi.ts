import { openApiDocument } from "@helios/contracts/openapi";
import { routes } from "@helios/contracts/routes";
import { env } from "@helios/core/config";
import { publicHandler } from "./lib/route";

export const handler = publicHandler(routes.openapi, async ({ event }) =>
  openApiDocument(env("PUBLIC_URL") ?? `https://${event.requestContext.domainName}`),
);
