/** Twilio's REST API; `TWILIO_API_BASE_URL` replaces it (the local cloud's sandbox, tests). */
export const TWILIO_DEFAULT_BASE_URL = "https://api.twilio.com";

export const twilioBaseUrl = (): string =>
  process.env.TWILIO_API_BASE_URL?.trim() || TWILIO_DEFAULT_BASE_URL;
