import { TextField } from "../../components/TextField";
import type { Form } from "../../forms/use-form";
import type { NumberFormKey, NumberRequest } from "./number-form";

interface MetaFieldsProps {
  form: Form<NumberFormKey, NumberRequest>;
  /** Editing: an empty token or secret keeps the stored one. */
  editing: boolean;
}

/** A Meta Cloud API number: its ids and credentials from the Meta app. */
export function MetaFields({ form, editing }: MetaFieldsProps) {
  return (
    <div className="space-y-4">
      <TextField
        label="Phone Number ID"
        inputMode="numeric"
        autoComplete="off"
        hint="WhatsApp → API Setup in your Meta app (digits only). Helios checks it with Meta, with the token below."
        {...form.field("phoneNumberId")}
      />
      <TextField
        label="Business Account ID"
        inputMode="numeric"
        autoComplete="off"
        hint="Optional: the WhatsApp Business Account ID, shown on the same page."
        {...form.field("businessAccountId")}
      />
      <TextField
        label="Access Token"
        type="password"
        autoComplete="new-password"
        hint={
          editing
            ? "Leave empty to keep the stored token."
            : "A permanent (system user) token with the whatsapp_business_messaging permission."
        }
        {...form.field("accessToken")}
      />
      <TextField
        label="App Secret"
        type="password"
        autoComplete="new-password"
        hint={`Needed to receive messages: Helios refuses deliveries it cannot check with it (App settings → Basic). Without it the number can still send.${
          editing ? " Leave empty to keep the stored one." : ""
        }`}
        {...form.field("appSecret")}
      />
    </div>
  );
}
