import { isHttpUrl } from "./http";

/** Where the Meta sandbox delivers the webhooks of one phone number id, as a Meta app would. */
export interface MetaWebhookRegistration {
  /** Helios's webhook URL of the number, e.g. `${PUBLIC_URL}/webhooks/meta/{numberId}`. */
  url: string;
  /** Signs deliveries with `X-Hub-Signature-256` when set. */
  appSecret?: string;
  /** `entry[].id` of the payloads (default: derived from the phone number id). */
  businessAccountId?: string;
  /** `metadata.display_phone_number` (default: derived from the phone number id). */
  displayPhoneNumber?: string;
}

// Module state on purpose: the local cloud (where core runs in-process) registers numbers without
// holding the sandbox instance. Looked up when a delivery is due, so a late registration still counts.
const registrations = new Map<string, MetaWebhookRegistration>();

/** Tells the Meta sandbox where to deliver the webhooks (statuses) of `phoneNumberId`. */
export function registerMetaWebhook(
  phoneNumberId: string,
  registration: MetaWebhookRegistration,
): void {
  if (!phoneNumberId) throw new Error("registerMetaWebhook: phoneNumberId is required");
  if (!isHttpUrl(registration.url)) {
    throw new Error(`registerMetaWebhook: not an http(s) URL: ${registration.url}`);
  }
  registrations.set(phoneNumberId, { ...registration });
}

export function unregisterMetaWebhook(phoneNumberId: string): void {
  registrations.delete(phoneNumberId);
}

export const metaWebhookFor = (phoneNumberId: string): MetaWebhookRegistration | undefined =>
  registrations.get(phoneNumberId);

/** The phone number ids with a registration (the phone lists them). */
export const registeredPhoneNumberIds = (): string[] => [...registrations.keys()];
