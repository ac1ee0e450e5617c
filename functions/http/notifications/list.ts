import { ListNotificationsQuery } from "@helios/contracts";
import { parseInput } from "@helios/core/errors/validation";
import * as Notifications from "@helios/core/notification/use-cases";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(
    await Notifications.list(
      actor,
      parseInput(ListNotificationsQuery, event.queryStringParameters ?? {}),
    ),
  ),
);
