import * as Notifications from "@helios/core/notification/use-cases";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ actor }) => ok(await Notifications.markAllRead(actor)));
