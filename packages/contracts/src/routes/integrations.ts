import {
  IntegrationList,
  TwilioConnection,
  TwilioCredentials,
  TwilioNumberList,
} from "../integrations";
import { defineRoutes } from "./define";

export const integrationRoutes = defineRoutes({
  "integrations/list": {
    method: "GET",
    path: "/api/t/{tenant}/integrations",
    summary: "List provider integrations (never a token)",
    access: "member",
    response: IntegrationList,
    status: 200,
  },
  "integrations/connect-twilio": {
    method: "PUT",
    path: "/api/t/{tenant}/integrations/twilio",
    summary: "Connect Twilio (verified with Twilio first)",
    access: "manager",
    request: TwilioCredentials,
    response: TwilioConnection,
    status: 200,
  },
  "integrations/disconnect-twilio": {
    method: "DELETE",
    path: "/api/t/{tenant}/integrations/twilio",
    summary: "Disconnect Twilio (no Twilio numbers may remain)",
    access: "manager",
    status: 204,
  },
  "integrations/twilio-numbers": {
    method: "GET",
    path: "/api/t/{tenant}/integrations/twilio/numbers",
    summary: "The Twilio account's WhatsApp-capable numbers",
    access: "member",
    response: TwilioNumberList,
    status: 200,
  },
});
