import { routes } from "@helios/contracts/routes";
import { sendFromChat } from "@helios/core/message/send";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/send"], ({ actor, params, body }) =>
  sendFromChat(actor, params.conversationId, body.text),
);
