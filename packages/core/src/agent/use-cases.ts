import type { Agent, CreateAgentBody, UpdateAgentBody } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { allowedModels } from "../ai/status";
import { isConditionFailure } from "../db/conditions";
import { ConditionsFailed, type TransactItem, transactLabelled } from "../db/transact";
import { conflict, notFound, validationFailed } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { listNumbers, unassignAgent } from "../number/repository";
import { type AgentItem, toAgent } from "./agent";
import { deleteUnusedAgent, getAgent, listAgents, putNewAgent, saveAgent } from "./repository";

const agentNotFound = () =>
  notFound("agent_not_found", "This AI agent does not exist (it may have been deleted)");

export async function list(actor: Actor): Promise<Agent[]> {
  const agents = await listAgents(actor.tenantId);
  return agents.map(toAgent).sort((a, b) => a.name.localeCompare(b.name));
}

export async function get(actor: Actor, agentId: string): Promise<Agent> {
  const agent = await getAgent(actor.tenantId, agentId);
  if (!agent) throw agentNotFound();
  return toAgent(agent);
}

/** An agent's model is one the deployment offers (empty: the default model), not any string. */
function assertModelAllowed(model: string | undefined) {
  if (model === undefined || model === "") return;
  const allowed = allowedModels();
  if (allowed.includes(model)) return;
  const list = allowed.join(", ");
  throw validationFailed(`Choose one of this deployment's models: ${list}`, {
    model: `Not an available model; choose one of: ${list}`,
  });
}

export async function create(actor: Actor, input: CreateAgentBody): Promise<Agent> {
  requireRole(actor, MANAGERS, "create AI agents");
  assertModelAllowed(input.model);
  const now = nowIso();
  const item: AgentItem = {
    tenantId: actor.tenantId,
    id: newId(),
    ...input,
    activeNumberCount: 0,
    createdAt: now,
    updatedAt: now,
  };
  await putNewAgent(item);
  return toAgent(item);
}

/** 409 naming the active numbers that use the agent, so the person knows what to change first. */
async function agentInUse(actor: Actor, agentId: string, doing: string) {
  const numbers = (await listNumbers(actor.tenantId)).filter(
    (n) => n.active && n.assignedAgentId === agentId,
  );
  const names = numbers.map((n) => n.displayName).join(", ") || "an active number";
  return conflict(
    "agent_in_use",
    `Cannot ${doing}: it answers on ${names}. Deactivate or reassign ${numbers.length === 1 ? "that number" : "those numbers"} first.`,
  );
}

export async function update(
  actor: Actor,
  agentId: string,
  input: UpdateAgentBody,
): Promise<Agent> {
  requireRole(actor, MANAGERS, "edit AI agents");
  const current = await getAgent(actor.tenantId, agentId);
  if (!current) throw agentNotFound();
  // A model no longer offered stays until it is changed: an edit that resends it is not refused.
  if (input.model !== current.model) assertModelAllowed(input.model);
  const next: AgentItem = {
    ...current,
    ...input,
    channels: { ...current.channels, ...input.channels },
    escalation: { ...current.escalation, ...input.escalation },
    updatedAt: nowIso(),
  };
  const disablingWhatsApp = current.channels.whatsapp && !next.channels.whatsapp;
  try {
    await saveAgent(next, disablingWhatsApp);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    if (!(await getAgent(actor.tenantId, agentId))) throw agentNotFound();
    throw await agentInUse(actor, agentId, `turn WhatsApp off for ${current.name}`);
  }
  return toAgent(next);
}

/** Deletes an agent that no active number uses; inactive numbers assigned to it are unassigned. */
export async function remove(actor: Actor, agentId: string): Promise<void> {
  requireRole(actor, MANAGERS, "delete AI agents");
  const agent = await getAgent(actor.tenantId, agentId);
  if (!agent) throw agentNotFound();
  const assigned = (await listNumbers(actor.tenantId)).filter(
    (n) => n.assignedAgentId === agentId && !n.active,
  );
  try {
    await transactLabelled([
      ["agent", deleteUnusedAgent(actor.tenantId, agentId)],
      ...assigned.map((number): [string, TransactItem] => [
        "number",
        unassignAgent(number, agentId),
      ]),
    ]);
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
    throw await agentInUse(actor, agentId, `delete ${agent.name}`);
  }
}
