import { routes } from "@helios/contracts/routes";
import { requestInsights } from "@helios/core/insight/request";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/insights"], ({ actor, params }) =>
  requestInsights(actor, params.conversationId),
);
