import { routes } from "@helios/contracts/routes";
import * as Conversations from "@helios/core/conversation/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/get"], ({ actor, params }) =>
  Conversations.get(actor, params.conversationId),
);
