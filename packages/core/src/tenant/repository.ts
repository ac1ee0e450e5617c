import * as z from "@helios/contracts/zod";
import { keys } from "../db/keys";
import { getItem, putNewTx, readItem } from "../db/table";
import { TenantItem } from "./tenant";

const SlugClaim = z.object({ tenantId: z.string() });

export const getTenant = (tenantId: string): Promise<TenantItem | undefined> =>
  readItem(TenantItem, keys.tenant(tenantId));

export async function findTenantBySlug(slug: string): Promise<TenantItem | undefined> {
  const claim = await getItem(keys.tenantSlug(slug));
  return claim ? getTenant(SlugClaim.parse(claim).tenantId) : undefined;
}

/** The items that create a tenant: its profile and the claim that makes its slug unique. */
export const newTenantPuts = (tenant: TenantItem) => [
  putNewTx({ ...keys.tenantSlug(tenant.slug), type: "tenantSlug", tenantId: tenant.id }),
  putNewTx({ ...keys.tenant(tenant.id), type: "tenant", ...tenant }),
];
