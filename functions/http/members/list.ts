import * as Members from "@helios/core/member/use-cases";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) => ok({ items: await Members.list(actor) }));
