import type { TwilioCredentials } from "@helios/contracts";
import { twilioCredentials } from "../integration/repository";
import type { NumberItem } from "../number/number";
import { getNumber } from "../number/repository";
import { getTenant } from "../tenant/repository";
import type { TenantItem } from "../tenant/tenant";

/**
 * What every webhook looks up before it can store anything — the number, its tenant, the tenant's
 * Twilio credentials — kept briefly in a warm Lambda, so a busy number costs one read per webhook
 * instead of four. Writes in this process forget their entries at once (the local cloud runs every
 * handler in one process); another Lambda's copy is at most TTL old, and a signature that fails
 * against cached credentials is checked again against fresh ones, so a rotated token is never
 * refused.
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 5_000;

/** Misses are not kept: a webhook for an unknown id stays a read, and cannot fill the cache. */
class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await load();
    if (value === undefined) return undefined;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, expires: Date.now() + TTL_MS });
    return value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}

const numbers = new TtlCache<NumberItem>();
const tenants = new TtlCache<TenantItem>();
const credentials = new TtlCache<TwilioCredentials>();

export const webhookNumber = (numberId: string) => numbers.get(numberId, () => getNumber(numberId));

export const webhookTenant = (tenantId: string) => tenants.get(tenantId, () => getTenant(tenantId));

export const webhookTwilioCredentials = (tenantId: string) =>
  credentials.get(tenantId, () => twilioCredentials(tenantId));

/** Called after a number is written or deleted. */
export function forgetWebhookNumber(numberId: string): void {
  numbers.forget(numberId);
}

/** Called after a tenant's Twilio credentials are replaced or removed. */
export function forgetWebhookCredentials(tenantId: string): void {
  credentials.forget(tenantId);
}
