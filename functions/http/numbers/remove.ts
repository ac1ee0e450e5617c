import * as Numbers from "@helios/core/number/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { noContent } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  await Numbers.remove(actor, pathParameter(event, "numberId"));
  return noContent();
});
