import { TwilioCredentials } from "@helios/contracts";
import { KeyRound } from "lucide-react";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { useConnectTwilio } from "./use-integrations";

/** Account SID and Auth Token; Twilio checks them before they are stored. */
export function TwilioConnectForm() {
  const mutation = useConnectTwilio();
  const form = useForm(TwilioCredentials, { accountSid: "", authToken: "" });

  return (
    <form
      noValidate
      aria-label="Connect Twilio"
      className="space-y-4"
      onSubmit={form.handleSubmit((body) =>
        mutation.mutate(body, { onError: form.showServerError }),
      )}
    >
      <TextField
        label="Account SID"
        placeholder="AC…"
        autoComplete="off"
        spellCheck={false}
        {...form.field("accountSid")}
      />
      <TextField
        label="Auth Token"
        type="password"
        autoComplete="new-password"
        hint="Stored encrypted and never shown again."
        {...form.field("authToken")}
      />
      {form.formError && <Alert>{form.formError}</Alert>}
      <Button
        type="submit"
        pending={mutation.isPending}
        icon={<KeyRound className="size-4" aria-hidden />}
      >
        Connect Twilio
      </Button>
    </form>
  );
}
