import { receiveTwilioStatus } from "@helios/core/webhook/twilio";
import { publicRoute } from "../http/lib/handler";
import { emptyTwiml, twilioWebhook } from "./twilio-request";

export const handler = publicRoute(async ({ event }) => {
  await receiveTwilioStatus(twilioWebhook(event));
  return emptyTwiml();
});
