import { ListConversationsQuery } from "@helios/contracts";
import * as Conversations from "@helios/core/conversation/use-cases";
import { parseInput } from "@helios/core/errors/validation";
import { tenantRoute } from "../lib/handler";
import { ok } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) =>
  ok(
    await Conversations.list(
      actor,
      parseInput(ListConversationsQuery, event.queryStringParameters ?? {}),
    ),
  ),
);
