import { routes } from "@helios/contracts/routes";
import * as Numbers from "@helios/core/number/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["numbers/create"], ({ actor, body }) =>
  Numbers.create(actor, body),
);
