import { routes } from "@helios/contracts/routes";
import * as Notifications from "@helios/core/notification/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["notifications/read-all"], ({ actor }) =>
  Notifications.markAllRead(actor),
);
