import type { MeResponse, TenantMembership } from "@helios/contracts";
import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";

/** The signed-in user and their workspaces (`GET /api/me`). */
export function useMe(): UseQueryResult<MeResponse> {
  return useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => call("auth/me", { signal }) });
}

export function findMembership(
  me: MeResponse | undefined,
  slug: string | undefined,
): TenantMembership | undefined {
  if (!me || !slug) return undefined;
  return me.tenants.find((tenant) => tenant.slug === slug);
}
