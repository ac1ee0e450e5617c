import { routes } from "@helios/contracts/routes";
import * as Agents from "@helios/core/agent/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["agents/remove"], ({ actor, params }) =>
  Agents.remove(actor, params.agentId),
);
