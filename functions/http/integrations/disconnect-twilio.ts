import * as Integrations from "@helios/core/integration/use-cases";
import { tenantRoute } from "../lib/handler";
import { noContent } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) => {
  await Integrations.disconnectTwilio(actor);
  return noContent();
});
