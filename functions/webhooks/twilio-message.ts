import { receiveTwilioMessage } from "@helios/core/webhook/twilio";
import { publicRoute } from "../http/lib/handler";
import { emptyTwiml, twilioWebhook } from "./twilio-request";

export const handler = publicRoute(async ({ event }) => {
  await receiveTwilioMessage(twilioWebhook(event));
  return emptyTwiml();
});
