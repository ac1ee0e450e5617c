import type { AgentList, WhatsAppNumber } from "@helios/contracts";

/** What a number card says about its agent; undefined while the agents are loading. */
export function agentName(
  number: WhatsAppNumber,
  agents: { data: AgentList | undefined; isPending: boolean },
): string | undefined {
  if (!number.assignedAgentId) return "No agent";
  if (agents.isPending) return undefined;
  const agent = agents.data?.items.find((a) => a.id === number.assignedAgentId);
  return agent?.name ?? "Unknown agent";
}
