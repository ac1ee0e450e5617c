import * as Members from "@helios/core/member/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { noContent } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  await Members.remove(actor, pathParameter(event, "userId"));
  return noContent();
});
