import type { Template, TemplateList } from "@helios/contracts";
import { LRUCache } from "lru-cache";
import type { Actor } from "../access/actor";
import { env } from "../config";
import { openSecret } from "../crypto/secret-box";
import { AppError, conflict } from "../errors/app-error";
import { twilioNotConnected } from "../integration/errors";
import type { TwilioIntegrationItem } from "../integration/integration";
import { credentialsOf, twilioCredentials } from "../integration/repository";
import { type NumberItem, secretContext } from "../number/number";
import { numberOfTenant } from "../number/use-cases";
import {
  ProviderAuthError,
  ProviderRequestError,
  ProviderUnavailableError,
} from "../provider/errors";
import { listMetaTemplates } from "./meta-templates";
import { listTwilioTemplates } from "./twilio-content";

/**
 * A number's templates, kept briefly: a composer opening and a send right after it ask the
 * provider once. Approval changes show within the minute, or at once with a refresh.
 */
const cache = new LRUCache<string, Template[]>({
  max: 1000,
  ttl: Number(env("TEMPLATE_CACHE_MS") ?? 60_000),
});

const businessAccountRequired = () =>
  conflict(
    "business_account_required",
    "Templates belong to the WhatsApp Business Account: add this number's Business Account ID (WhatsApp Manager → Account tools) to list and send them",
  );

/** The tenant's Twilio integration when the caller read it already (`sendingContext`). */
type Preloaded = { twilio: TwilioIntegrationItem | undefined };

/** Provider failures while listing, as API errors a person can act on. */
function fromProvider(provider: NumberItem["provider"], error: unknown): never {
  const name = provider === "twilio" ? "Twilio" : "Meta";
  if (error instanceof ProviderAuthError) {
    throw new AppError(
      502,
      "provider_auth_failed",
      `${name} refused the saved credentials: reconnect the ${name} integration or number, then refresh`,
    );
  }
  if (error instanceof ProviderUnavailableError) {
    throw new AppError(
      502,
      "provider_unavailable",
      `${name} did not answer: try again in a minute`,
    );
  }
  if (error instanceof ProviderRequestError) {
    throw new AppError(
      502,
      "provider_error",
      `${name} refused to list the templates: ${error.message}`,
    );
  }
  throw error;
}

async function fetchTemplates(number: NumberItem, preloaded?: Preloaded): Promise<Template[]> {
  if (number.provider === "twilio") {
    const credentials = preloaded
      ? await credentialsOf(number.tenantId, preloaded.twilio)
      : await twilioCredentials(number.tenantId);
    if (!credentials) throw twilioNotConnected();
    return listTwilioTemplates(credentials);
  }
  if (!number.businessAccountId) throw businessAccountRequired();
  const accessToken = await openSecret(
    number.accessTokenSealed ?? "",
    secretContext(number.id, "accessToken"),
  );
  return listMetaTemplates({ businessAccountId: number.businessAccountId, accessToken });
}

/** The number's templates from its provider, or from the short cache unless `refresh`. */
export async function templatesOf(
  number: NumberItem,
  options: { refresh?: boolean; preloaded?: Preloaded } = {},
): Promise<Template[]> {
  const cached = options.refresh ? undefined : cache.get(number.id);
  if (cached) return cached;
  try {
    const templates = await fetchTemplates(number, options.preloaded);
    cache.set(number.id, templates);
    return templates;
  } catch (error) {
    fromProvider(number.provider, error);
  }
}

/** Every role reads a number's templates (approved, pending, rejected: each shows as it is). */
export async function listTemplates(
  actor: Actor,
  numberId: string,
  options: { refresh?: boolean } = {},
): Promise<TemplateList> {
  const number = await numberOfTenant(actor, numberId);
  return { items: await templatesOf(number, options) };
}
