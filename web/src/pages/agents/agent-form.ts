import {
  type Agent,
  CreateAgentBody,
  DEFAULT_HANDOFF_MESSAGE,
  UpdateAgentBody,
} from "@helios/contracts";
import { type SaveRequest, saveSchema, withFieldPaths } from "../../forms/issues";
import type { FormSchema } from "../../forms/use-form";

/** Field names are the body's paths, so the server's `fields` land under the right input. */
export type AgentFormValues = {
  name: string;
  instructions: string;
  model: string;
  /** "true" or "". */
  "channels.whatsapp": string;
  /** "true" or "". */
  typingIndicator: string;
  /** One keyword per line (a keyword is a single-line input). */
  "escalation.keywords": string;
  "escalation.handoffMessage": string;
};

export type AgentRequest = SaveRequest<CreateAgentBody, UpdateAgentBody>;

export function decodeKeywords(value: string): string[] {
  return value ? value.split("\n") : [];
}

export function encodeKeywords(keywords: readonly string[]): string {
  return keywords.join("\n");
}

export function agentFormValues(agent?: Agent): AgentFormValues {
  return {
    name: agent?.name ?? "",
    instructions: agent?.instructions ?? "",
    model: agent?.model ?? "",
    "channels.whatsapp": (agent?.channels.whatsapp ?? true) ? "true" : "",
    typingIndicator: (agent?.typingIndicator ?? true) ? "true" : "",
    "escalation.keywords": encodeKeywords(agent?.escalation.keywords ?? []),
    "escalation.handoffMessage": agent?.escalation.handoffMessage ?? DEFAULT_HANDOFF_MESSAGE,
  };
}

function toBody(values: AgentFormValues) {
  return {
    name: values.name,
    instructions: values.instructions,
    model: values.model,
    channels: { whatsapp: values["channels.whatsapp"] === "true" },
    typingIndicator: values.typingIndicator === "true",
    escalation: {
      keywords: decodeKeywords(values["escalation.keywords"]),
      handoffMessage: values["escalation.handoffMessage"],
    },
  };
}

/** Only what changed: turning WhatsApp off is then a deliberate, separate change. */
function changes(agent: Agent, values: AgentFormValues): UpdateAgentBody {
  const next = toBody(values);
  const body: UpdateAgentBody = {};
  if (next.name.trim() !== agent.name) body.name = next.name;
  if (next.instructions.trim() !== agent.instructions) body.instructions = next.instructions;
  if (next.model.trim() !== agent.model) body.model = next.model;
  if (next.channels.whatsapp !== agent.channels.whatsapp) body.channels = next.channels;
  if (next.typingIndicator !== agent.typingIndicator) body.typingIndicator = next.typingIndicator;
  const escalation: NonNullable<UpdateAgentBody["escalation"]> = {};
  if (encodeKeywords(next.escalation.keywords) !== encodeKeywords(agent.escalation.keywords)) {
    escalation.keywords = next.escalation.keywords;
  }
  if (next.escalation.handoffMessage.trim() !== agent.escalation.handoffMessage) {
    escalation.handoffMessage = next.escalation.handoffMessage;
  }
  if (Object.keys(escalation).length > 0) body.escalation = escalation;
  return body;
}

/** Checks the form with the contract: the full body to create, the changes to edit `agent`. */
export function agentFormSchema(agent?: Agent): FormSchema<AgentRequest> {
  return saveSchema(
    agent,
    (values: AgentFormValues) => withFieldPaths(CreateAgentBody.safeParse(toBody(values))),
    (existing, values) => withFieldPaths(UpdateAgentBody.safeParse(changes(existing, values))),
  );
}
