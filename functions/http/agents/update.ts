import { UpdateAgentBody } from "@helios/contracts";
import * as Agents from "@helios/core/agent/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody, pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(await Agents.update(actor, pathParameter(event, "agentId"), jsonBody(event, UpdateAgentBody))),
);
