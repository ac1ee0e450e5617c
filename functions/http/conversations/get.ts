import * as Conversations from "@helios/core/conversation/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(await Conversations.get(actor, pathParameter(event, "conversationId"))),
);
