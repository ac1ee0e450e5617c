import type { TwilioCredentials } from "@helios/contracts";
import { cached, createCache } from "../cache/caches";
import { twilioCredentials } from "../integration/repository";
import type { NumberItem } from "../number/number";
import { getNumber } from "../number/repository";
import { getTenant } from "../tenant/repository";
import type { TenantItem } from "../tenant/tenant";

/**
 * What every webhook looks up before it can store anything — the number, its tenant, the tenant's
 * Twilio credentials — kept briefly in a warm Lambda, so a busy number costs one read per webhook
 * instead of four. A change made elsewhere is seen here at most TTL later; a signature that fails
 * against cached credentials (or a cached number's app secret) is checked again against fresh
 * ones (`fresh`), so a rotated token is never refused.
 */
const options = { max: 5_000, ttl: 30_000 };
const numbers = createCache<NumberItem>("webhook numbers", options);
const tenants = createCache<TenantItem>("webhook tenants", options);
const credentials = createCache<TwilioCredentials>("webhook Twilio credentials", options);

export const webhookNumber = (numberId: string, fresh = false) =>
  cached(numbers, numberId, () => getNumber(numberId), fresh);

export const webhookTenant = (tenantId: string) =>
  cached(tenants, tenantId, () => getTenant(tenantId));

export const webhookTwilioCredentials = (tenantId: string, fresh = false) =>
  cached(credentials, tenantId, () => twilioCredentials(tenantId), fresh);
