import { routes } from "@helios/contracts/routes";
import * as Notifications from "@helios/core/notification/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["notifications/list"], ({ actor, query }) =>
  Notifications.list(actor, query),
);
