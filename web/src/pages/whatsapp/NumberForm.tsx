import type { WhatsAppNumber } from "@helios/contracts";
import { useState } from "react";
import { isApiError } from "../../api/api-error";
import { FlagField } from "../../components/CheckboxField";
import { DialogActions, FormBox } from "../../components/FormBox";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
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
      create.mutate(request.body, {
        onSuccess: (created) => {
          toast.success(`${created.displayName} is connected.`);
          onCreated(created);
        },
        onError: form.showServerError,
      });
    } else if (!number || Object.keys(request.body).length === 0) {
      onSaved();
    } else {
      update.mutate(
        { numberId: number.id, body: request.body },
        {
          onSuccess: (saved) => {
            toast.success(`${saved.displayName} was saved.`);
            onSaved();
          },
          onError: form.showServerError,
        },
      );
    }
  });

  return (
    <FormBox
      label={editing ? "Edit number" : "Connect New Number"}
      className="space-y-5"
      onSubmit={onSubmit}
      error={form.formError}
      actions={
        <DialogActions
          onCancel={onCancel}
          pending={create.isPending || update.isPending}
          disabled={twilioMissing}
          className="pt-1"
        >
          {editing ? "Save changes" : "Connect Number"}
        </DialogActions>
      }
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
      <FlagField
        form={form}
        name="active"
        label="Active"
        hint="An active number receives messages and its agent answers them."
      />
      <FlagField
        form={form}
        name="autoAssign"
        label="Round-robin assignment"
        hint="Each new conversation goes to the next member who is available for new conversations."
      />
    </FormBox>
  );
}
