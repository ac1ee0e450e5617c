import * as Conversations from "@helios/core/conversation/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { noContent } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  await Conversations.remove(actor, pathParameter(event, "conversationId"));
  return noContent();
});
