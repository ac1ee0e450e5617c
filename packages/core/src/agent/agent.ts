import { Agent } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

/** The stored agent: the API's agent, plus its tenant and what only the server keeps. */
export const AgentItem = z.extend(Agent, {
  tenantId: z.string(),
  /** Agents stored before the setting existed show the typing indicator. */
  typingIndicator: z._default(z.boolean(), true),
  /**
   * Active numbers assigned to this agent, kept in the same transactions that (de)activate or
   * reassign numbers, so "cannot lose WhatsApp while in use" is a condition, not a racy read.
   */
  activeNumberCount: z.int(),
});
export type AgentItem = z.infer<typeof AgentItem>;

export const toAgent = ({ tenantId: _t, activeNumberCount: _c, ...agent }: AgentItem): Agent =>
  agent;
