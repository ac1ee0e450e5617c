import { z } from "zod";

export const DEFAULT_HANDOFF_MESSAGE =
  "Thanks for your patience: a member of our team will continue this conversation shortly.";

const Keyword = z
  .string()
  .trim()
  .min(1, "A keyword cannot be empty")
  .max(60, "Keep each keyword under 60 characters");

export const AgentFields = z.object({
  name: z.string().trim().min(1, "Give the agent a name").max(80, "Use at most 80 characters"),
  instructions: z
    .string()
    .trim()
    .max(8000, "Keep the instructions under 8,000 characters")
    .default(""),
  /** The model the agent asks; empty means the deployment's default (OPENAI_MODEL). */
  model: z.string().trim().max(100, "Use at most 100 characters").default(""),
  channels: z.object({ whatsapp: z.boolean() }).default({ whatsapp: true }),
  /** While it drafts, the customer's message is marked read and "typing…" shows (where the provider can). */
  typingIndicator: z.boolean().default(true),
  escalation: z
    .object({
      keywords: z.array(Keyword).max(50, "Use at most 50 keywords").default([]),
      /** Sent to the customer when the AI hands the conversation to a person. */
      handoffMessage: z
        .string()
        .trim()
        .min(1, "Write the message sent when a person takes over")
        .max(1000, "Keep the message under 1,000 characters")
        .default(DEFAULT_HANDOFF_MESSAGE),
    })
    .default({
      keywords: [],
      handoffMessage: DEFAULT_HANDOFF_MESSAGE,
    }),
});

export const CreateAgentBody = AgentFields;
export type CreateAgentBody = z.infer<typeof CreateAgentBody>;

export const UpdateAgentBody = z
  .object({
    name: AgentFields.shape.name,
    instructions: z.string().trim().max(8000, "Keep the instructions under 8,000 characters"),
    model: z.string().trim().max(100, "Use at most 100 characters"),
    channels: z.object({ whatsapp: z.boolean() }),
    typingIndicator: z.boolean(),
    escalation: z
      .object({
        keywords: z.array(Keyword).max(50, "Use at most 50 keywords"),
        handoffMessage: z
          .string()
          .trim()
          .min(1, "Write the message sent when a person takes over")
          .max(1000),
      })
      .partial(),
  })
  .partial();
export type UpdateAgentBody = z.infer<typeof UpdateAgentBody>;

export const Agent = z.object({
  id: z.string(),
  name: z.string(),
  instructions: z.string(),
  model: z.string(),
  channels: z.object({ whatsapp: z.boolean() }),
  typingIndicator: z.boolean(),
  escalation: z.object({ keywords: z.array(z.string()), handoffMessage: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agent = z.infer<typeof Agent>;

export const AgentList = z.object({ items: z.array(Agent) });
export type AgentList = z.infer<typeof AgentList>;
