import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { useCurrentTenant } from "../app/tenant-context";

const listTemplates = (tenant: string, numberId: string, refresh: boolean, signal?: AbortSignal) =>
  call("numbers/templates", {
    params: { tenant, numberId },
    ...(refresh ? { query: { refresh: "true" } } : {}),
    signal,
  });

/** A number's templates, and a refresh that asks the provider again (past the server's cache). */
export function useTemplates(numberId: string | undefined) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const key = queryKeys.templates(tenant.slug, numberId ?? "");
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => listTemplates(tenant.slug, numberId ?? "", false, signal),
    enabled: Boolean(numberId),
    staleTime: 60_000,
  });
  const refresh = async () => {
    if (!numberId) return;
    setRefreshing(true);
    try {
      queryClient.setQueryData(key, await listTemplates(tenant.slug, numberId, true));
    } catch {
      await query.refetch();
    } finally {
      setRefreshing(false);
    }
  };
  return { ...query, refresh, refreshing };
}
