import { routes } from "@helios/contracts/routes";
import * as Team from "@helios/core/team/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["team/availability"], ({ actor, body }) =>
  Team.setMyAvailability(actor, body.available),
);
