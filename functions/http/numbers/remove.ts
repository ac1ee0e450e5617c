import { routes } from "@helios/contracts/routes";
import * as Numbers from "@helios/core/number/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["numbers/remove"], ({ actor, params }) =>
  Numbers.remove(actor, params.numberId),
);
