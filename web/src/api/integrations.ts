import type {
  IntegrationList,
  TwilioConnection,
  TwilioCredentials,
  TwilioNumberList,
} from "@helios/contracts";
import { api } from "./client";

function integrationsPath(tenant: string, rest = ""): string {
  return `/t/${encodeURIComponent(tenant)}/integrations${rest}`;
}

export function listIntegrations(tenant: string, signal?: AbortSignal): Promise<IntegrationList> {
  return api<IntegrationList>(integrationsPath(tenant), { signal });
}

/** Twilio checks the pair first: a refusal is a 422 `twilio_auth_failed`. */
export function connectTwilio(tenant: string, body: TwilioCredentials): Promise<TwilioConnection> {
  return api<TwilioConnection>(integrationsPath(tenant, "/twilio"), { method: "PUT", body });
}

export function disconnectTwilio(tenant: string): Promise<void> {
  return api<void>(integrationsPath(tenant, "/twilio"), { method: "DELETE" });
}

/** The account's WhatsApp senders; 409 `twilio_not_connected` without an integration. */
export function listTwilioNumbers(tenant: string, signal?: AbortSignal): Promise<TwilioNumberList> {
  return api<TwilioNumberList>(integrationsPath(tenant, "/twilio/numbers"), { signal });
}
