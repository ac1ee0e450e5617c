import * as Integrations from "@helios/core/integration/use-cases";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) =>
  ok({ items: await Integrations.list(actor) }),
);
