import type { Agent, AiStatus } from "@helios/contracts";
import { useState } from "react";
import { useAiStatus } from "../../ai/use-ai-status";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { CheckboxField } from "../../components/CheckboxField";
import { Dialog } from "../../components/Dialog";
import { SelectField, type SelectOption } from "../../components/SelectField";
import { TagInput } from "../../components/TagInput";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
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
  const whatsapp = form.field("channels.whatsapp");
  const keywords = form.field("escalation.keywords");
  const typing = form.field("typingIndicator");
  const ai = useAiStatus();
  const title = agent ? "Edit agent" : "New agent";

  const onSubmit = form.handleSubmit((request) => {
    const callbacks = { onSuccess: onClose, onError: form.showServerError };
    if (request.kind === "create") create.mutate(request.body, callbacks);
    else if (!agent || Object.keys(request.body).length === 0) onClose();
    else update.mutate({ agentId: agent.id, body: request.body }, callbacks);
  });

  return (
    <Dialog
      title={title}
      description={
        agent
          ? `Change how ${agent.name} answers and when it hands over.`
          : "An assistant that answers your customers and hands over to your team."
      }
      onClose={onClose}
      testId="agent-dialog"
      size="lg"
    >
      <form noValidate aria-label={title} className="space-y-4" onSubmit={onSubmit}>
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
        <CheckboxField
          label="WhatsApp channel"
          hint="It can be assigned to WhatsApp numbers and answer there."
          checked={whatsapp.value === "true"}
          onChange={(checked) => form.setValue("channels.whatsapp", checked ? "true" : "")}
          error={whatsapp.error}
          ref={whatsapp.ref}
        />
        <CheckboxField
          label="Typing indicator"
          hint="While it drafts, the customer's message shows read and “typing…” appears (where the provider supports it)."
          checked={typing.value === "true"}
          onChange={(checked) => form.setValue("typingIndicator", checked ? "true" : "")}
          error={typing.error}
          ref={typing.ref}
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
        {form.formError && <Alert>{form.formError}</Alert>}
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" pending={create.isPending || update.isPending}>
            {agent ? "Save changes" : "Create agent"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
