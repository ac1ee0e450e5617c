import { routes } from "@helios/contracts/routes";
import { retrySend } from "@helios/core/message/retry";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/retry"], ({ actor, params }) =>
  retrySend(actor, params.conversationId, params.messageId),
);
