import { requestInsights } from "@helios/core/insight/request";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { json } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  json(202, await requestInsights(actor, pathParameter(event, "conversationId"))),
);
