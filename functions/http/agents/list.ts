import * as Agents from "@helios/core/agent/use-cases";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) => ok({ items: await Agents.list(actor) }));
