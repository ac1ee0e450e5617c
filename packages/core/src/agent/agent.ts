import type { Agent } from "@helios/contracts";
import { z } from "zod";

export const AgentItem = z.object({
  tenantId: z.string(),
  id: z.string(),
  name: z.string(),
  instructions: z.string(),
  model: z.string(),
  channels: z.object({ whatsapp: z.boolean() }),
  /** Agents stored before the setting existed show the typing indicator. */
  typingIndicator: z.boolean().default(true),
  escalation: z.object({ keywords: z.array(z.string()), handoffMessage: z.string() }),
  /**
   * Active numbers assigned to this agent, kept in the same transactions that (de)activate or
   * reassign numbers, so "cannot lose WhatsApp while in use" is a condition, not a racy read.
   */
  activeNumberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgentItem = z.infer<typeof AgentItem>;

export const toAgent = ({ tenantId: _t, activeNumberCount: _c, ...agent }: AgentItem): Agent =>
  agent;
