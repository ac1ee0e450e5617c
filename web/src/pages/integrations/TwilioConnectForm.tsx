import { TwilioCredentials } from "@helios/contracts";
import { KeyRound } from "lucide-react";
import { Button } from "../../components/Button";
import { FormBox } from "../../components/FormBox";
import { PasswordField } from "../../components/PasswordFields";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { useConnectTwilio } from "./use-integrations";

/** Account SID and Auth Token; Twilio checks them before they are stored. */
export function TwilioConnectForm() {
  const mutation = useConnectTwilio();
  const form = useForm(TwilioCredentials, { accountSid: "", authToken: "" });

  return (
    <FormBox
      label="Connect Twilio"
      onSubmit={form.handleSubmit((body) =>
        mutation.mutate(body, {
          onSuccess: (connected) => toast.success(`Twilio connected: ${connected.friendlyName}.`),
          onError: form.showServerError,
        }),
      )}
      error={form.formError}
      actions={
        <Button
          type="submit"
          pending={mutation.isPending}
          icon={<KeyRound className="size-4" aria-hidden />}
        >
          Connect Twilio
        </Button>
      }
    >
      <TextField
        label="Account SID"
        placeholder="AC…"
        autoComplete="off"
        spellCheck={false}
        {...form.field("accountSid")}
      />
      <PasswordField
        label="Auth Token"
        hint="Stored encrypted and never shown again."
        {...form.field("authToken")}
      />
    </FormBox>
  );
}
