import { routes } from "@helios/contracts/routes";
import * as Team from "@helios/core/team/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["team/list"], async ({ actor }) => ({
  items: await Team.list(actor),
}));
