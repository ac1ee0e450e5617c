import { webhookRoutes as routes } from "@helios/contracts/routes/webhooks";
import { receiveTwilioStatus } from "@helios/core/webhook/twilio";
import { publicHandler } from "../http/lib/route";
import { emptyTwiml, twilioWebhook } from "./twilio-request";

export const handler = publicHandler(routes["webhooks/twilio-status"], async ({ event }) => {
  await receiveTwilioStatus(twilioWebhook(event));
  return emptyTwiml();
});
