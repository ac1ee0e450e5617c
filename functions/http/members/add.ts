import { routes } from "@helios/contracts/routes";
import * as Members from "@helios/core/member/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["members/add"], ({ actor, body }) =>
  Members.add(actor, body),
);
