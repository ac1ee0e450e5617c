import { retrySend } from "@helios/core/message/retry";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(
    await retrySend(
      actor,
      pathParameter(event, "conversationId"),
      pathParameter(event, "messageId"),
    ),
  ),
);
