import { ListMessagesQuery } from "@helios/contracts";
import { parseInput } from "@helios/core/errors/validation";
import * as Messages from "@helios/core/message/use-cases";
import { tenantRoute } from "../lib/handler";
import { pathParameter } from "../lib/request";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(
    await Messages.list(
      actor,
      pathParameter(event, "conversationId"),
      parseInput(ListMessagesQuery, event.queryStringParameters ?? {}),
    ),
  ),
);
