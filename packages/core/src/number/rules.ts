import { getAgent } from "../agent/repository";
import { ruleViolated } from "../errors/app-error";

/** An active number needs an assigned agent that exists and has WhatsApp enabled. */
export async function checkAgentRule(tenantId: string, agentId: string | null, active: boolean) {
  if (active && !agentId) {
    throw ruleViolated("agent_required", "Assign an AI agent before activating this number", {
      assignedAgentId: "Required when the number is active",
    });
  }
  if (!agentId) return;
  const agent = await getAgent(tenantId, agentId);
  if (!agent) {
    throw ruleViolated(
      "agent_not_found",
      "The assigned AI agent does not exist: choose another one",
      {
        assignedAgentId: "This agent does not exist",
      },
    );
  }
  if (active && !agent.channels.whatsapp) {
    throw ruleViolated(
      "agent_whatsapp_disabled",
      `Assigned agent must have WhatsApp enabled: turn on WhatsApp for ${agent.name} in AI Agents, or choose another agent`,
      { assignedAgentId: "This agent has WhatsApp disabled" },
    );
  }
}
