import type { WhatsAppNumber } from "@helios/contracts";
import { useState } from "react";
import { isApiError } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { CheckboxField } from "../../components/CheckboxField";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { useTwilioNumbers } from "../integrations/use-integrations";
import { AgentSelectField } from "./AgentSelectField";
import { MetaFields } from "./MetaFields";
import { numberFormSchema, numberFormValues } from "./number-form";
import { ProviderChoice } from "./ProviderChoice";
import { TwilioAddressField } from "./TwilioAddressField";
import { useCreateNumber, useUpdateNumber } from "./use-numbers";

interface NumberFormProps {
  /** The number to edit; none to connect one. */
  number?: WhatsAppNumber;
  onCreated: (number: WhatsAppNumber) => void;
  onSaved: () => void;
  onCancel: () => void;
}

/** Connects a number (POST) or edits one (PATCH with what changed). */
export function NumberForm({ number, onCreated, onSaved, onCancel }: NumberFormProps) {
  const create = useCreateNumber();
  const update = useUpdateNumber();
  const [schema] = useState(() => numberFormSchema(number));
  const form = useForm(schema, numberFormValues(number));
  const [manualAddress, setManualAddress] = useState(false);
  const active = form.field("active");
  const editing = number !== undefined;
  const provider = form.values.provider === "meta" ? "meta" : "twilio";
  // Shared with the address field's query: without Twilio a Twilio number cannot be connected.
  const twilioNumbers = useTwilioNumbers(!editing);
  const twilioMissing =
    !editing &&
    provider === "twilio" &&
    isApiError(twilioNumbers.error) &&
    twilioNumbers.error.code === "twilio_not_connected";

  const onSubmit = form.handleSubmit((request) => {
    if (request.kind === "create") {
      create.mutate(request.body, { onSuccess: onCreated, onError: form.showServerError });
    } else if (!number || Object.keys(request.body).length === 0) {
      onSaved();
    } else {
      update.mutate(
        { numberId: number.id, body: request.body },
        { onSuccess: onSaved, onError: form.showServerError },
      );
    }
  });

  return (
    <form
      noValidate
      aria-label={editing ? "Edit number" : "Connect New Number"}
      className="space-y-5"
      onSubmit={onSubmit}
    >
      <TextField
        label="Display Name"
        placeholder="e.g. Sales line"
        autoComplete="off"
        required
        hint="How your team sees this number in Helios."
        {...form.field("displayName")}
      />
      <ProviderChoice
        value={provider}
        onChange={(provider) => form.setValue("provider", provider)}
        disabled={editing}
      />
      {provider === "twilio" ? (
        <TwilioAddressField
          field={form.field("address")}
          setAddress={(address) => form.setValue("address", address)}
          manual={manualAddress}
          setManual={setManualAddress}
        />
      ) : (
        <MetaFields form={form} editing={editing} />
      )}
      <AgentSelectField
        field={form.field("assignedAgentId")}
        currentAgentId={number?.assignedAgentId}
      />
      <CheckboxField
        label="Active"
        hint="An active number receives messages and its agent answers them."
        checked={active.value === "true"}
        onChange={(checked) => form.setValue("active", checked ? "true" : "")}
        error={active.error}
        ref={active.ref}
      />
      {form.formError && <Alert>{form.formError}</Alert>}
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          type="submit"
          pending={create.isPending || update.isPending}
          disabled={twilioMissing}
        >
          {editing ? "Save changes" : "Connect Number"}
        </Button>
      </div>
    </form>
  );
}
