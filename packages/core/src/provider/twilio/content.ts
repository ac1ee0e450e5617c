// Version 1 of the `twilio` SDK's `content` domain (ContentAndApprovals: templates and their
// WhatsApp approval), apart from the client: only the functions that list templates bundle it.
import type ContentBase from "twilio/lib/rest/ContentBase.js";
import ContentV1Import from "twilio/lib/rest/content/V1.js";
import { TWILIO_DEFAULT_CONTENT_BASE_URL, twilioContentBaseUrl } from "./base-url";
import { cjsDefault } from "./cjs-default";
import { Domain, type TwilioCredentials, twilioClient } from "./client";

const ContentV1 = cjsDefault(ContentV1Import);

/** `content.twilio.com` with only its v1; `TWILIO_CONTENT_BASE_URL` (or a stand-in) replaces it. */
class ContentDomain extends Domain {
  private version: InstanceType<typeof ContentV1> | undefined;

  get v1(): InstanceType<typeof ContentV1> {
    // V1 uses only what every Domain has (baseUrl, request); its type names the full domain.
    this.version ??= new ContentV1(this as InstanceType<typeof Domain> as ContentBase);
    return this.version;
  }
}

/** The Content API of one account, through the SDK (Basic auth, paging, `RestException`). */
export function twilioContent(credentials: TwilioCredentials): ContentDomain {
  const domain = new ContentDomain(twilioClient(credentials), TWILIO_DEFAULT_CONTENT_BASE_URL);
  const baseUrl = twilioContentBaseUrl();
  if (baseUrl !== TWILIO_DEFAULT_CONTENT_BASE_URL) domain.baseUrl = baseUrl.replace(/\/+$/, "");
  return domain;
}
