import twilio from "twilio";
import { providerTimeoutMs } from "../errors";

/** Twilio's REST API; `TWILIO_API_BASE_URL` replaces it (the local cloud's sandbox, tests). */
export const TWILIO_DEFAULT_BASE_URL = "https://api.twilio.com";

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
}

export const twilioBaseUrl = (): string =>
  process.env.TWILIO_API_BASE_URL?.trim() || TWILIO_DEFAULT_BASE_URL;

// One HTTP client (one keep-alive agent) for every tenant's Twilio client in this process, so a warm
// Lambda reuses its connections. No automatic retries: a retry is the caller's decision (SQS).
let sharedHttpClient: twilio.RequestClient | undefined;
const httpClient = () => {
  sharedHttpClient ??= new twilio.RequestClient({
    // Connect and each wait for bytes: no Twilio call may hold a Lambda longer than this.
    timeout: providerTimeoutMs(),
    keepAlive: true,
    autoRetry: false,
  });
  return sharedHttpClient;
};

/**
 * A `twilio` SDK client for one account. The REST base URL is the `api` domain's `baseUrl` (public in
 * twilio-node 6): every call still goes through the SDK's own code (URL building, Basic auth, form
 * encoding, paging through `next_page_uri`, `RestException`), only the host changes.
 */
export function twilioClient({ accountSid, authToken }: TwilioCredentials): twilio.Twilio {
  const client = twilio(accountSid, authToken, { httpClient: httpClient() });
  const baseUrl = twilioBaseUrl();
  if (baseUrl !== TWILIO_DEFAULT_BASE_URL) client.api.baseUrl = baseUrl.replace(/\/+$/, "");
  return client;
}
