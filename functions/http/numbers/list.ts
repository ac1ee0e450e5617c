import * as Numbers from "@helios/core/number/use-cases";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) => ok({ items: await Numbers.list(actor) }));
