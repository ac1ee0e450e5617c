import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { queryAll } from "../db/query";
import { AgentItem } from "./agent";

export async function getAgent(tenantId: string, agentId: string): Promise<AgentItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.agent(tenantId, agentId),
      ConsistentRead: true,
    }),
  );
  return Item ? AgentItem.parse(Item) : undefined;
}

export async function listAgents(tenantId: string): Promise<AgentItem[]> {
  const { pk, skPrefix } = keys.agentsOf(tenantId);
  const items = await queryAll(pk, skPrefix, { ConsistentRead: true });
  return items.map((item) => AgentItem.parse(item));
}

/** Moves an agent's active-number count; a +1 also requires the agent to exist with WhatsApp on. */
export function agentActiveNumbers(tenantId: string, agentId: string, delta: 1 | -1) {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.agent(tenantId, agentId),
      UpdateExpression: "ADD activeNumberCount :delta",
      ConditionExpression:
        delta > 0 ? "attribute_exists(pk) AND channels.whatsapp = :on" : "attribute_exists(pk)",
      ExpressionAttributeValues: delta > 0 ? { ":delta": delta, ":on": true } : { ":delta": delta },
    },
  };
}
