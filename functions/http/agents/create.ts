import { CreateAgentBody } from "@helios/contracts";
import * as Agents from "@helios/core/agent/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody } from "../lib/request";
import { created } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  created(await Agents.create(actor, jsonBody(event, CreateAgentBody))),
);
