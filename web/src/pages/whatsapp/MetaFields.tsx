import { PasswordField } from "../../components/PasswordFields";
import { TextField } from "../../components/TextField";
import type { Form } from "../../forms/use-form";
import type { NumberFormKey, NumberRequest } from "./number-form";

/** Meta's ids are long digit strings: a numeric keypad on phones, and nothing to autofill. */
const idInput = { inputMode: "numeric", autoComplete: "off" } as const;

const keepStored = " Leave empty to keep the stored one.";

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
        {...idInput}
        hint="WhatsApp → API Setup in your Meta app (digits only). Helios checks it with Meta, with the token below."
        {...form.field("phoneNumberId")}
      />
      <TextField
        label="Business Account ID"
        {...idInput}
        hint="Optional: the WhatsApp Business Account ID, shown on the same page."
        {...form.field("businessAccountId")}
      />
      <PasswordField
        label="Access Token"
        hint={
          editing
            ? "Leave empty to keep the stored token."
            : "A permanent (system user) token with the whatsapp_business_messaging permission."
        }
        {...form.field("accessToken")}
      />
      <PasswordField
        label="App Secret"
        hint={`Needed to receive messages: Helios refuses deliveries it cannot check with it (App settings → Basic). Without it the number can still send.${editing ? keepStored : ""}`}
        {...form.field("appSecret")}
      />
    </div>
  );
}
