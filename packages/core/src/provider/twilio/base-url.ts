/** Twilio's REST API; `TWILIO_API_BASE_URL` replaces it (the local cloud's sandbox, tests). */
export const TWILIO_DEFAULT_BASE_URL = "https://api.twilio.com";

export const twilioBaseUrl = (): string =>
  process.env.TWILIO_API_BASE_URL?.trim() || TWILIO_DEFAULT_BASE_URL;

/** Twilio's Messaging domain (typing indicators); `TWILIO_MESSAGING_BASE_URL` replaces it. */
export const TWILIO_DEFAULT_MESSAGING_BASE_URL = "https://messaging.twilio.com";

/** Twilio's Content API (templates); `TWILIO_CONTENT_BASE_URL` replaces it. */
export const TWILIO_DEFAULT_CONTENT_BASE_URL = "https://content.twilio.com";

/** Another Twilio domain's base: configured, else the REST base when that is a stand-in (it serves all). */
function domainBaseUrl(variable: string, fallback: string): string {
  const configured = process.env[variable]?.trim();
  if (configured) return configured;
  const rest = twilioBaseUrl();
  return rest === TWILIO_DEFAULT_BASE_URL ? fallback : rest;
}

export const twilioMessagingBaseUrl = (): string =>
  domainBaseUrl("TWILIO_MESSAGING_BASE_URL", TWILIO_DEFAULT_MESSAGING_BASE_URL);

export const twilioContentBaseUrl = (): string =>
  domainBaseUrl("TWILIO_CONTENT_BASE_URL", TWILIO_DEFAULT_CONTENT_BASE_URL);
