import * as z from "./zod";

export const DEFAULT_HANDOFF_MESSAGE =
  "Thanks for your patience: a member of our team will continue this conversation shortly.";

const Keyword = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "A keyword cannot be empty"),
    z.maxLength(60, "Keep each keyword under 60 characters"),
  );

export const AgentFields = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Give the agent a name"),
      z.maxLength(80, "Use at most 80 characters"),
    ),
  instructions: z._default(
    z.string().check(z.trim(), z.maxLength(8000, "Keep the instructions under 8,000 characters")),
    "",
  ),
  /** The model the agent asks; empty means the deployment's default (OPENAI_MODEL). */
  model: z._default(z.string().check(z.trim(), z.maxLength(100, "Use at most 100 characters")), ""),
  channels: z._default(z.object({ whatsapp: z.boolean() }), { whatsapp: true }),
  /** While it drafts, the customer's message is marked read and "typing…" shows (where the provider can). */
  typingIndicator: z._default(z.boolean(), true),
  escalation: z._default(
    z.object({
      keywords: z._default(z.array(Keyword).check(z.maxLength(50, "Use at most 50 keywords")), []),
      /** Sent to the customer when the AI hands the conversation to a person. */
      handoffMessage: z._default(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(1, "Write the message sent when a person takes over"),
            z.maxLength(1000, "Keep the message under 1,000 characters"),
          ),
        DEFAULT_HANDOFF_MESSAGE,
      ),
    }),
    {
      keywords: [],
      handoffMessage: DEFAULT_HANDOFF_MESSAGE,
    },
  ),
});

export const CreateAgentBody = AgentFields;
export type CreateAgentBody = z.infer<typeof CreateAgentBody>;

export const UpdateAgentBody = z.partial(
  z.object({
    name: AgentFields.shape.name,
    instructions: z
      .string()
      .check(z.trim(), z.maxLength(8000, "Keep the instructions under 8,000 characters")),
    model: z.string().check(z.trim(), z.maxLength(100, "Use at most 100 characters")),
    channels: z.object({ whatsapp: z.boolean() }),
    typingIndicator: z.boolean(),
    escalation: z.partial(
      z.object({
        keywords: z.array(Keyword).check(z.maxLength(50, "Use at most 50 keywords")),
        handoffMessage: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, "Write the message sent when a person takes over"),
            z.maxLength(1000),
          ),
      }),
    ),
  }),
);
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
