import { routes } from "@helios/contracts/routes";
import * as Integrations from "@helios/core/integration/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["integrations/list"], async ({ actor }) => ({
  items: await Integrations.list(actor),
}));
