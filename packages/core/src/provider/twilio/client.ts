import twilio from "twilio";
import { providerTimeoutMs } from "../errors";
import { TWILIO_DEFAULT_BASE_URL, twilioBaseUrl } from "./base-url";

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
}

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
