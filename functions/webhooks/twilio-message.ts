import { webhookRoutes as routes } from "@helios/contracts/routes/webhooks";
import { receiveTwilioMessage } from "@helios/core/webhook/twilio";
import { publicHandler } from "../http/lib/route";
import { emptyTwiml, twilioWebhook } from "./twilio-request";

export const handler = publicHandler(routes["webhooks/twilio-message"], async ({ event }) => {
  await receiveTwilioMessage(twilioWebhook(event));
  return emptyTwiml();
});
