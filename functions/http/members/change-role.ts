import { ChangeRoleBody } from "@helios/contracts";
import * as Members from "@helios/core/member/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody, pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  const { role } = jsonBody(event, ChangeRoleBody);
  return ok(await Members.changeRole(actor, pathParameter(event, "userId"), role));
});
