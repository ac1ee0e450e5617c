import * as Notifications from "@helios/core/notification/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(await Notifications.markRead(actor, pathParameter(event, "notificationId"))),
);
