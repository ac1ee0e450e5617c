import type {
  CreateNumberBody,
  UpdateNumberBody,
  WhatsAppNumber,
  WhatsAppNumberList,
} from "@helios/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createNumber, deleteNumber, listNumbers, updateNumber } from "../../api/numbers";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";

export function useNumbers() {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.numbers(tenant.slug),
    queryFn: ({ signal }) => listNumbers(tenant.slug, signal),
  });
}

/** Writes the answer into the cached list at once, then refetches it. */
function useUpdateCache() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return (update: (items: WhatsAppNumber[]) => WhatsAppNumber[]) => {
    queryClient.setQueryData<WhatsAppNumberList>(queryKeys.numbers(tenant.slug), (list) =>
      list ? { items: update(list.items) } : list,
    );
    void queryClient.invalidateQueries({ queryKey: queryKeys.numbers(tenant.slug) });
  };
}

export function useCreateNumber() {
  const { tenant } = useCurrentTenant();
  const updateCache = useUpdateCache();
  return useMutation({
    mutationFn: (body: CreateNumberBody) => createNumber(tenant.slug, body),
    onSuccess: (number) =>
      updateCache((items) => [...items.filter((n) => n.id !== number.id), number]),
  });
}

export function useUpdateNumber() {
  const { tenant } = useCurrentTenant();
  const updateCache = useUpdateCache();
  return useMutation({
    mutationFn: ({ numberId, body }: { numberId: string; body: UpdateNumberBody }) =>
      updateNumber(tenant.slug, numberId, body),
    onSuccess: (number) =>
      updateCache((items) => items.map((n) => (n.id === number.id ? number : n))),
  });
}

export function useDeleteNumber() {
  const { tenant } = useCurrentTenant();
  const updateCache = useUpdateCache();
  return useMutation({
    mutationFn: (numberId: string) => deleteNumber(tenant.slug, numberId),
    onSuccess: (_result, numberId) =>
      updateCache((items) => items.filter((n) => n.id !== numberId)),
  });
}
