import * as Agents from "@helios/core/agent/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(await Agents.get(actor, pathParameter(event, "agentId"))),
);
