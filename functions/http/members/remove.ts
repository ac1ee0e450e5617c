import { routes } from "@helios/contracts/routes";
import * as Members from "@helios/core/member/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["members/remove"], ({ actor, params }) =>
  Members.remove(actor, params.userId),
);
