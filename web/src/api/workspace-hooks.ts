import { type QueryKey, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCurrentTenant } from "../app/tenant-context";

/**
 * The data hooks of the workspace's pages, one pattern: a query keyed under the workspace, and
 * mutations that write their answer into a cached `{ items }` list at once, then refetch it (and
 * whatever else names what changed).
 */

/** A read of the current workspace (`call(...)` with its slug), cached under `key(slug)`. */
export function useWorkspaceQuery<T>(
  key: (tenant: string) => QueryKey,
  read: (tenant: string, signal: AbortSignal) => Promise<T>,
  options: { enabled?: boolean; staleTime?: number } = {},
) {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: key(tenant.slug),
    queryFn: ({ signal }) => read(tenant.slug, signal),
    ...options,
  });
}

interface ListMutation<Vars, Result, Item> {
  /** The cached `{ items }` list the change shows in. */
  list: (tenant: string) => QueryKey;
  mutate: (tenant: string, vars: Vars) => Promise<Result>;
  /** The list's items after the change (left alone when not given). */
  update?: (items: Item[], result: Result, vars: Vars) => Item[];
  /** Other queries to refetch, e.g. those that name the changed item. */
  refresh?: (tenant: string) => QueryKey[];
  onSuccess?: (result: Result, vars: Vars) => void;
}

export function useListMutation<Vars, Result, Item>(options: ListMutation<Vars, Result, Item>) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const { list, mutate, update, refresh, onSuccess } = options;
  return useMutation({
    mutationFn: (vars: Vars) => mutate(tenant.slug, vars),
    onSuccess: (result, vars) => {
      if (update) {
        queryClient.setQueryData<{ items: Item[] }>(list(tenant.slug), (cached) =>
          cached ? { ...cached, items: update(cached.items, result, vars) } : cached,
        );
      }
      for (const key of [list(tenant.slug), ...(refresh?.(tenant.slug) ?? [])]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      onSuccess?.(result, vars);
    },
  });
}

/** List updates by id: an added or changed item replaces its old self; a deleted one goes. */
export const upsertById = <T extends { id: string }>(items: T[], item: T) => [
  ...items.filter((other) => other.id !== item.id),
  item,
];
export const replaceById = <T extends { id: string }>(items: T[], item: T) =>
  items.map((other) => (other.id === item.id ? item : other));
export const removeById = <T extends { id: string }>(items: T[], id: string) =>
  items.filter((other) => other.id !== id);

interface ItemList<Item, CreateBody, UpdateVars> {
  key: (tenant: string) => QueryKey;
  /** Other queries that name the items, refetched after any change. */
  refresh?: (tenant: string) => QueryKey[];
  list: (tenant: string, signal: AbortSignal) => Promise<{ items: Item[] }>;
  create: (tenant: string, body: CreateBody) => Promise<Item>;
  update: (tenant: string, vars: UpdateVars) => Promise<Item>;
  remove: (tenant: string, id: string) => Promise<unknown>;
}

/** The hooks of a workspace list of items with ids: read it, add, change and delete an item. */
export function itemListHooks<Item extends { id: string }, CreateBody, UpdateVars>(
  config: ItemList<Item, CreateBody, UpdateVars>,
) {
  const { key: list, refresh } = config;
  return {
    useList: () => useWorkspaceQuery(list, config.list),
    useCreate: () =>
      useListMutation<CreateBody, Item, Item>({
        list,
        refresh,
        mutate: config.create,
        update: upsertById,
      }),
    useUpdate: () =>
      useListMutation<UpdateVars, Item, Item>({
        list,
        refresh,
        mutate: config.update,
        update: replaceById,
      }),
    useRemove: () =>
      useListMutation<string, unknown, Item>({
        list,
        refresh,
        mutate: config.remove,
        update: (items, _result, id) => removeById(items, id),
      }),
  };
}
