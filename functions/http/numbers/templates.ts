import { routes } from "@helios/contracts/routes";
import { listTemplates } from "@helios/core/template/catalog";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["numbers/templates"], ({ actor, params, query }) =>
  listTemplates(actor, params.numberId, { refresh: query.refresh }),
);
