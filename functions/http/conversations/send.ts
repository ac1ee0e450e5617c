import { SendMessageBody } from "@helios/contracts";
import { sendFromChat } from "@helios/core/message/send";
import { sendTemplateFromChat } from "@helios/core/template/send";
import { tenantRoute } from "../lib/handler";
import { jsonBody, pathParameter } from "../lib/request";
import { created } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  const body = jsonBody(event, SendMessageBody);
  const conversationId = pathParameter(event, "conversationId");
  return created(
    "template" in body
      ? await sendTemplateFromChat(actor, conversationId, body.template)
      : await sendFromChat(actor, conversationId, body.text),
  );
});
