import { defineRoutes } from "./define";

/** Provider traffic: each handler refuses what the number's secret did not sign. */
export const webhookRoutes = defineRoutes({
  "webhooks/twilio-message": {
    method: "POST",
    path: "/webhooks/twilio/{numberId}",
    summary: "A customer's message to a Twilio number",
    access: "provider",
    status: 200,
    requestType: "form",
    responseType: "xml",
    documented: false,
  },
  "webhooks/twilio-status": {
    method: "POST",
    path: "/webhooks/twilio/{numberId}/status",
    summary: "A delivery status of a message sent through Twilio",
    access: "provider",
    status: 200,
    requestType: "form",
    responseType: "xml",
    documented: false,
  },
  "webhooks/meta-verify": {
    method: "GET",
    path: "/webhooks/meta/{numberId}",
    summary: "Meta's subscription check: the challenge back when the verify token matches",
    access: "provider",
    status: 200,
    responseType: "text",
    documented: false,
  },
  "webhooks/meta-message": {
    method: "POST",
    path: "/webhooks/meta/{numberId}",
    summary: "Messages and statuses of a Meta number",
    access: "provider",
    status: 200,
    requestType: "raw",
    documented: false,
  },
});
