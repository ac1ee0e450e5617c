import type { Agent, AgentList, CreateAgentBody, UpdateAgentBody } from "@helios/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createAgent, deleteAgent, listAgents, updateAgent } from "../../api/agents";
import { queryKeys } from "../../api/query-keys";
import { useCurrentTenant } from "../../app/tenant-context";

export function useAgents() {
  const { tenant } = useCurrentTenant();
  return useQuery({
    queryKey: queryKeys.agents(tenant.slug),
    queryFn: ({ signal }) => listAgents(tenant.slug, signal),
  });
}

/** Writes the change into the cached list at once, then refetches agents (and numbers, which
 * name their agent). */
function useUpdateCache() {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  return (update: (items: Agent[]) => Agent[]) => {
    queryClient.setQueryData<AgentList>(queryKeys.agents(tenant.slug), (list) =>
      list ? { items: update(list.items) } : list,
    );
    void queryClient.invalidateQueries({ queryKey: queryKeys.agents(tenant.slug) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.numbers(tenant.slug) });
  };
}

export function useCreateAgent() {
  const { tenant } = useCurrentTenant();
  const updateCache = useUpdateCache();
  return useMutation({
    mutationFn: (body: CreateAgentBody) => createAgent(tenant.slug, body),
    onSuccess: (agent) =>
      updateCache((items) => [...items.filter((a) => a.id !== agent.id), agent]),
  });
}

export function useUpdateAgent() {
  const { tenant } = useCurrentTenant();
  const updateCache = useUpdateCache();
  return useMutation({
    mutationFn: ({ agentId, body }: { agentId: string; body: UpdateAgentBody }) =>
      updateAgent(tenant.slug, agentId, body),
    onSuccess: (agent) => updateCache((items) => items.map((a) => (a.id === agent.id ? agent : a))),
  });
}

export function useDeleteAgent() {
  const { tenant } = useCurrentTenant();
  const updateCache = useUpdateCache();
  return useMutation({
    mutationFn: (agentId: string) => deleteAgent(tenant.slug, agentId),
    onSuccess: (_result, agentId) => updateCache((items) => items.filter((a) => a.id !== agentId)),
  });
}
