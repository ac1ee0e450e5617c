import { Agent } from "@helios/contracts";
import { z } from "zod";

/** The stored agent: the API's agent, plus its tenant and what only the server keeps. */
export const AgentItem = Agent.extend({
  tenantId: z.string(),
  /** Agents stored before the setting existed show the typing indicator. */
  typingIndicator: z.boolean().default(true),
  /**
   * Active numbers assigned to this agent, kept in the same transactions that (de)activate or
   * reassign numbers, so "cannot lose WhatsApp while in use" is a condition, not a racy read.
   */
  activeNumberCount: z.number().int(),
});
export type AgentItem = z.infer<typeof AgentItem>;

export const toAgent = ({ tenantId: _t, activeNumberCount: _c, ...agent }: AgentItem): Agent =>
  agent;
