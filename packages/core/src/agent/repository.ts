import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { addTx, deleteTx, NEW, putItem, readItem, updateItem } from "../db/table";
import type { TransactItem } from "../db/transact";
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

export const putNewAgent = (item: AgentItem) =>
  putItem({ Item: { ...keys.agent(item.tenantId, item.id), type: "agent", ...item }, ...NEW });

/** Saves an edit; `disablingWhatsApp` also requires that no active number uses the agent. */
export const saveAgent = (next: AgentItem, disablingWhatsApp: boolean) =>
  updateItem({
    Key: keys.agent(next.tenantId, next.id),
    UpdateExpression:
      "SET #name = :name, instructions = :instructions, model = :model, channels = :channels, typingIndicator = :typing, escalation = :escalation, updatedAt = :updatedAt",
    ConditionExpression: disablingWhatsApp
      ? "attribute_exists(pk) AND activeNumberCount = :zero"
      : "attribute_exists(pk)",
    ExpressionAttributeNames: { "#name": "name" },
    ExpressionAttributeValues: {
      ":name": next.name,
      ":instructions": next.instructions,
      ":model": next.model,
      ":channels": next.channels,
      ":typing": next.typingIndicator,
      ":escalation": next.escalation,
      ":updatedAt": next.updatedAt,
      ...(disablingWhatsApp ? { ":zero": 0 } : {}),
    },
  });

/** Deletes the agent, on condition that no active number uses it. */
export const deleteUnusedAgent = (tenantId: string, agentId: string): TransactItem =>
  deleteTx({
    Key: keys.agent(tenantId, agentId),
    ConditionExpression: "attribute_exists(pk) AND activeNumberCount = :zero",
    ExpressionAttributeValues: { ":zero": 0 },
  });
