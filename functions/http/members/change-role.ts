import { routes } from "@helios/contracts/routes";
import * as Members from "@helios/core/member/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["members/change-role"], ({ actor, params, body }) =>
  Members.changeRole(actor, params.userId, body.role),
);
