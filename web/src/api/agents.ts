import type { Agent, AgentList, CreateAgentBody, UpdateAgentBody } from "@helios/contracts";
import { api } from "./client";

function agentsPath(tenant: string, agentId?: string): string {
  const base = `/t/${encodeURIComponent(tenant)}/agents`;
  return agentId ? `${base}/${encodeURIComponent(agentId)}` : base;
}

export function listAgents(tenant: string, signal?: AbortSignal): Promise<AgentList> {
  return api<AgentList>(agentsPath(tenant), { signal });
}

export function createAgent(tenant: string, body: CreateAgentBody): Promise<Agent> {
  return api<Agent>(agentsPath(tenant), { method: "POST", body });
}

/** 409 `agent_in_use` when turning WhatsApp off while active numbers use the agent. */
export function updateAgent(
  tenant: string,
  agentId: string,
  body: UpdateAgentBody,
): Promise<Agent> {
  return api<Agent>(agentsPath(tenant, agentId), { method: "PATCH", body });
}

/** 409 `agent_in_use` while active numbers use the agent. */
export function deleteAgent(tenant: string, agentId: string): Promise<void> {
  return api<void>(agentsPath(tenant, agentId), { method: "DELETE" });
}
