// Only the parts of the `twilio` SDK that Helios calls: its base client (Basic auth, the request
// client, paging), the `api` domain and version 2 of the `messaging` domain (senders, typing); the
// `content` domain (templates) is in ./content.ts, for the functions that list templates only.
// `import twilio from "twilio"` bundles every domain of Twilio's REST API (4 MB): each Lambda that
// sends loaded all of it.
import BaseTwilio from "twilio/lib/base/BaseTwilio.js";
import DomainImport from "twilio/lib/base/Domain.js";
import RequestClient from "twilio/lib/base/RequestClient.js";
import Api from "twilio/lib/rest/Api.js";
import type MessagingBase from "twilio/lib/rest/MessagingBase.js";
import MessagingV2Import from "twilio/lib/rest/messaging/V2.js";
import { providerTimeoutMs } from "../errors";
import { TWILIO_DEFAULT_BASE_URL, twilioBaseUrl } from "./base-url";
import { cjsDefault } from "./cjs-default";

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
}

// One HTTP client (one keep-alive agent) for every tenant's Twilio client in this process, so a warm
// Lambda reuses its connections. No automatic retries: a retry is the caller's decision (SQS).
let sharedHttpClient: RequestClient | undefined;
const httpClient = () => {
  sharedHttpClient ??= new RequestClient({
    // Connect and each wait for bytes: no Twilio call may hold a Lambda longer than this.
    timeout: providerTimeoutMs(),
    keepAlive: true,
    autoRetry: false,
  });
  return sharedHttpClient;
};

export const Domain = cjsDefault(DomainImport);
const MessagingV2 = cjsDefault(MessagingV2Import);

/** `messaging.twilio.com` with only its v2 (v1's campaign and brand resources are not used). */
class MessagingDomain extends Domain {
  private version: InstanceType<typeof MessagingV2> | undefined;

  constructor(twilio: TwilioClient) {
    super(twilio, "https://messaging.twilio.com");
  }

  get v2(): InstanceType<typeof MessagingV2> {
    // V2 uses only what every Domain has (baseUrl, request); its type names the full domain.
    this.version ??= new MessagingV2(this as InstanceType<typeof Domain> as MessagingBase);
    return this.version;
  }
}

/** The SDK's client with the domains Helios uses, each built on first use as the full client does. */
export class TwilioClient extends BaseTwilio.Client {
  private apiDomain: Api | undefined;
  private messagingDomain: MessagingDomain | undefined;

  get api(): Api {
    this.apiDomain ??= new Api(this);
    return this.apiDomain;
  }

  get messaging(): MessagingDomain {
    this.messagingDomain ??= new MessagingDomain(this);
    return this.messagingDomain;
  }
}

/**
 * A `twilio` SDK client for one account. The REST base URL is the `api` domain's `baseUrl` (public in
 * twilio-node 6): every call still goes through the SDK's own code (URL building, Basic auth, form
 * encoding, paging through `next_page_uri`, `RestException`), only the host changes.
 */
export function twilioClient({ accountSid, authToken }: TwilioCredentials): TwilioClient {
  const client = new TwilioClient(accountSid, authToken, { httpClient: httpClient() });
  const baseUrl = twilioBaseUrl();
  if (baseUrl !== TWILIO_DEFAULT_BASE_URL) client.api.baseUrl = baseUrl.replace(/\/+$/, "");
  return client;
}
