import * as Agents from "@helios/core/agent/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { noContent } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  await Agents.remove(actor, pathParameter(event, "agentId"));
  return noContent();
});
