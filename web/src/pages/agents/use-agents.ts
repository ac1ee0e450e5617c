import type { CreateAgentBody, UpdateAgentBody } from "@helios/contracts";
import { call } from "../../api/client";
import { queryKeys } from "../../api/query-keys";
import { itemListHooks } from "../../api/workspace-hooks";

const agents = itemListHooks({
  key: queryKeys.agents,
  // Numbers name their agent.
  refresh: (tenant) => [queryKeys.numbers(tenant)],
  list: (tenant, signal) => call("agents/list", { params: { tenant }, signal }),
  create: (tenant, body: CreateAgentBody) => call("agents/create", { params: { tenant }, body }),
  update: (tenant, { agentId, body }: { agentId: string; body: UpdateAgentBody }) =>
    call("agents/update", { params: { tenant, agentId }, body }),
  remove: (tenant, agentId) => call("agents/remove", { params: { tenant, agentId } }),
});

export const useAgents = agents.useList;
export const useCreateAgent = agents.useCreate;
/** 409 `agent_in_use` when turning WhatsApp off while active numbers use the agent. */
export const useUpdateAgent = agents.useUpdate;
/** 409 `agent_in_use` while active numbers use the agent. */
export const useDeleteAgent = agents.useRemove;
