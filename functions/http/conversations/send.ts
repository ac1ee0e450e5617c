import { SendMessageBody } from "@helios/contracts";
import { sendFromChat } from "@helios/core/message/send";
import { tenantRoute } from "../lib/handler";
import { jsonBody, pathParameter } from "../lib/request";
import { created } from "../lib/response";

export const handler = tenantRoute(async ({ event, actor }) => {
  const { text } = jsonBody(event, SendMessageBody);
  return created(await sendFromChat(actor, pathParameter(event, "conversationId"), text));
});
