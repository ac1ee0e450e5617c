import type { Agent, AiStatus } from "@helios/contracts";
import { useState } from "react";
import { useAiStatus } from "../../ai/use-ai-status";
import { FlagField } from "../../components/CheckboxField";
import { DialogForm } from "../../components/FormBox";
import { SelectField, type SelectOption } from "../../components/SelectField";
import { TagInput } from "../../components/TagInput";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { agentFormSchema, agentFormValues, decodeKeywords, encodeKeywords } from "./agent-form";
import { useCreateAgent, useUpdateAgent } from "./use-agents";

interface AgentDialogProps {
  /** The agent to edit; none to create one. */
  agent?: Agent;
  onClose: () => void;
}

/**
 * The deployment's default first (an empty model), then the allowed models; an agent's current
 * model stays choosable even when it is no longer offered, so editing other fields keeps it.
 */
function modelOptions(ai: AiStatus | undefined, current: string): SelectOption[] {
  const models = ai?.models ?? [];
  const options: SelectOption[] = [
    { value: "", label: ai ? `Default model (${ai.defaultModel})` : "Default model" },
    ...models.map((model) => ({ value: model, label: model })),
  ];
  if (current && !models.includes(current))
    options.push({ value: current, label: `${current} (no longer offered)` });
  return options;
}

/** "New agent" / "Edit agent": one form; editing sends only what changed. */
export function AgentDialog({ agent, onClose }: AgentDialogProps) {
  const create = useCreateAgent();
  const update = useUpdateAgent();
  const [schema] = useState(() => agentFormSchema(agent));
  const form = useForm(schema, agentFormValues(agent));
  const keywords = form.field("escalation.keywords");
  const ai = useAiStatus();
  const title = agent ? "Edit agent" : "New agent";

  const onSubmit = form.handleSubmit((request) => {
    const callbacks = {
      onSuccess: (saved: Agent) => {
        toast.success(agent ? `${saved.name} was saved.` : `${saved.name} was created.`);
        onClose();
      },
      onError: form.showServerError,
    };
    if (request.kind === "create") create.mutate(request.body, callbacks);
    else if (!agent || Object.keys(request.body).length === 0) onClose();
    else update.mutate({ agentId: agent.id, body: request.body }, callbacks);
  });

  return (
    <DialogForm
      title={title}
      description={
        agent
          ? `Change how ${agent.name} answers and when it hands over.`
          : "An assistant that answers your customers and hands over to your team."
      }
      testId="agent-dialog"
      size="lg"
      onClose={onClose}
      onSubmit={onSubmit}
      error={form.formError}
      pending={create.isPending || update.isPending}
      submitLabel={agent ? "Save changes" : "Create agent"}
    >
      <TextField label="Name" autoComplete="off" {...form.field("name")} />
      <TextAreaField
        label="Instructions"
        rows={6}
        hint="How it answers: tone, what it knows about your business, what it must never do."
        {...form.field("instructions")}
      />
      <SelectField
        label="Model"
        options={modelOptions(ai, agent?.model ?? "")}
        hint="The models this deployment offers (OPENAI_MODELS)."
        {...form.field("model")}
      />
      <FlagField
        form={form}
        name="channels.whatsapp"
        label="WhatsApp channel"
        hint="It can be assigned to WhatsApp numbers and answer there."
      />
      <FlagField
        form={form}
        name="typingIndicator"
        label="Typing indicator"
        hint="While it drafts, the customer's message shows read and “typing…” appears (where the provider supports it)."
      />
      <TagInput
        label="Escalation keywords"
        placeholder="e.g. refund, manager"
        hint="A customer message with one of these words hands the conversation to your team. Press Enter or comma to add."
        tags={decodeKeywords(keywords.value)}
        onChange={(tags) => form.setValue("escalation.keywords", encodeKeywords(tags))}
        error={keywords.error}
        ref={keywords.ref}
      />
      <TextAreaField
        label="Handoff message"
        rows={3}
        hint="Sent to the customer when a person takes over."
        {...form.field("escalation.handoffMessage")}
      />
    </DialogForm>
  );
}
