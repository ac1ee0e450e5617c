import type { Agent, CreateAgentBody, UpdateAgentBody } from "@helios/contracts";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import {
  removeById,
  replaceById,
  upsertById,
  useListMutation,
  useWorkspaceQuery,
} from "../../api/workspace-hooks";

export function useAgents() {
  return useWorkspaceQuery(queryKeys.agents, (tenant, signal) =>
    call("agents/list", { params: { tenant }, signal }),
  );
}

/** Numbers name their agent, so they are refetched after any change too. */
const agentList = {
  list: queryKeys.agents,
  refresh: (tenant: string) => [queryKeys.numbers(tenant)],
};

export function useCreateAgent() {
  return useListMutation<CreateAgentBody, Agent, Agent>({
    ...agentList,
    mutate: (tenant, body) => call("agents/create", { params: { tenant }, body }),
    update: upsertById,
  });
}

/** 409 `agent_in_use` when turning WhatsApp off while active numbers use the agent. */
export function useUpdateAgent() {
  return useListMutation<{ agentId: string; body: UpdateAgentBody }, Agent, Agent>({
    ...agentList,
    mutate: (tenant, { agentId, body }) =>
      call("agents/update", { params: { tenant, agentId }, body }),
    update: replaceById,
  });
}

/** 409 `agent_in_use` while active numbers use the agent. */
export function useDeleteAgent() {
  return useListMutation<string, undefined, Agent>({
    ...agentList,
    mutate: (tenant, agentId) => call("agents/remove", { params: { tenant, agentId } }),
    update: (items, _result, agentId) => removeById(items, agentId),
  });
}
