import { ListTemplatesQuery } from "@helios/contracts";
import { parseInput } from "@helios/core/errors/validation";
import { listTemplates } from "@helios/core/template/catalog";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  const { refresh } = parseInput(ListTemplatesQuery, event.queryStringParameters ?? {});
  return ok(await listTemplates(actor, pathParameter(event, "numberId"), { refresh }));
});
