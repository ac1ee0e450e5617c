import { routes } from "@helios/contracts/routes";
import * as CannedResponses from "@helios/core/canned-response/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["canned-responses/list"], async ({ actor }) => ({
  items: await CannedResponses.list(actor),
}));
