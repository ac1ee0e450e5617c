import { routes } from "@helios/contracts/routes";
import { sendFromChat } from "@helios/core/message/send";
import { sendTemplateFromChat } from "@helios/core/template/send";
import { tenantHandler } from "../lib/route";

export const handler = tenantHandler(routes["conversations/send"], ({ actor, params, body }) =>
  "template" in body
    ? sendTemplateFromChat(actor, params.conversationId, body.template)
    : sendFromChat(actor, params.conversationId, body.text),
);
