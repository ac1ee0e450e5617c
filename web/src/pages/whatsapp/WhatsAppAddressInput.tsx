import { WhatsAppAddress } from "@helios/contracts";
import { TextField } from "../../components/TextField";
import type { FieldProps } from "../../forms/use-form";

/** Manual entry of a Twilio sender, checked with the contract's format as the person types. */
export function WhatsAppAddressInput({ field }: { field: FieldProps<"address"> }) {
  const typed = field.value.trim() !== "";
  const check = typed ? WhatsAppAddress.safeParse(field.value) : null;
  const liveError = check && !check.success ? check.error.issues[0]?.message : undefined;
  return (
    <TextField
      label="WhatsApp address"
      placeholder="whatsapp:+1234567890"
      inputMode="tel"
      autoComplete="off"
      spellCheck={false}
      hint="whatsapp:+ then the country code and number, e.g. whatsapp:+14155238886."
      {...field}
      error={field.error ?? liveError}
    />
  );
}
