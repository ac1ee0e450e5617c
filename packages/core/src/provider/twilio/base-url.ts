/** Twilio's REST API; `TWILIO_API_BASE_URL` replaces it (the local cloud's sandbox, tests). */
export const TWILIO_DEFAULT_BASE_URL = "https://api.twilio.com";

export const twilioBaseUrl = (): string =>
  process.env.TWILIO_API_BASE_URL?.trim() || TWILIO_DEFAULT_BASE_URL;

/** Twilio's Messaging domain (typing indicators); `TWILIO_MESSAGING_BASE_URL` replaces it. */
export const TWILIO_DEFAULT_MESSAGING_BASE_URL = "https://messaging.twilio.com";

/** The Messaging domain: configured, else the REST base when that is a stand-in (it serves both). */
export function twilioMessagingBaseUrl(): string {
  const configured = process.env.TWILIO_MESSAGING_BASE_URL?.trim();
  if (configured) return configured;
  const rest = twilioBaseUrl();
  return rest === TWILIO_DEFAULT_BASE_URL ? TWILIO_DEFAULT_MESSAGING_BASE_URL : rest;
}
