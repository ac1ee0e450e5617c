import { UpdateConversationBody } from "@helios/contracts";
import * as Conversations from "@helios/core/conversation/use-cases";
import { tenantRoute } from "../lib/handler";
import { jsonBody, pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(
    await Conversations.update(
      actor,
      pathParameter(event, "conversationId"),
      jsonBody(event, UpdateConversationBody),
    ),
  ),
);
