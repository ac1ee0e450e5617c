import { routes } from "@helios/contracts/routes";
import * as Agents from "@helios/core/agent/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["agents/list"], async ({ actor }) => ({
  items: await Agents.list(actor),
}));
