import { routes } from "@helios/contracts/routes";
import * as Messages from "@helios/core/message/use-cases";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/messages"], ({ actor, params, query }) =>
  Messages.list(actor, params.conversationId, query),
);
