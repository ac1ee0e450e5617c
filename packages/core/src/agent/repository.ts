import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { addTx, readItem } from "../db/table";
import { AgentItem } from "./agent";

export const getAgent = (tenantId: string, agentId: string): Promise<AgentItem | undefined> =>
  readItem(AgentItem, keys.agent(tenantId, agentId));

export const listAgents = (tenantId: string): Promise<AgentItem[]> =>
  listItems(AgentItem, keys.agentsOf(tenantId));

/** Moves an agent's active-number count; a +1 also requires the agent to exist with WhatsApp on. */
export function agentActiveNumbers(tenantId: string, agentId: string, delta: 1 | -1) {
  return addTx(
    keys.agent(tenantId, agentId),
    "activeNumberCount",
    delta,
    delta > 0
      ? { expression: "attribute_exists(pk) AND channels.whatsapp = :on", values: { ":on": true } }
      : { expression: "attribute_exists(pk)" },
  );
}
