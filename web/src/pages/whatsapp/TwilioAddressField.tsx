import { Link } from "react-router";
import { errorMessage, isApiError } from "../../api/api-error";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { Notice } from "../../components/Notice";
import { SelectField, type SelectOption } from "../../components/SelectField";
import type { FieldProps } from "../../forms/use-form";
import { useTwilioNumbers } from "../integrations/use-integrations";
import { WhatsAppAddressInput } from "./WhatsAppAddressInput";

interface TwilioAddressFieldProps {
  field: FieldProps<"address">;
  setAddress: (address: string) => void;
  /** Typing the address instead of choosing it from the list. */
  manual: boolean;
  setManual: (manual: boolean) => void;
}

const linkClass = "font-medium text-emerald-700 underline hover:text-emerald-800";

/**
 * The Twilio sender: chosen from the account's WhatsApp numbers, or typed when the list is empty,
 * Twilio is not connected, or the person prefers to.
 */
export function TwilioAddressField({
  field,
  setAddress,
  manual,
  setManual,
}: TwilioAddressFieldProps) {
  const { tenant } = useCurrentTenant();
  const numbers = useTwilioNumbers(true);
  const items = numbers.data?.items ?? [];
  const notConnected = isApiError(numbers.error) && numbers.error.code === "twilio_not_connected";
  const hasList = numbers.isSuccess && items.length > 0;

  if (numbers.isPending) {
    return (
      <SelectField
        label="Twilio number"
        disabled
        aria-busy="true"
        options={[{ value: "", label: "Loading your Twilio numbers…" }]}
      />
    );
  }

  const options: SelectOption[] = [
    { value: "", label: "Choose a number" },
    ...items.map((item) => ({
      value: item.address,
      label: `${item.friendlyName} · ${item.address}`,
    })),
  ];
  const current = field.value.trim();
  if (current && !items.some((item) => item.address === current)) {
    options.push({ value: field.value, label: current });
  }

  return (
    <div className="space-y-2">
      {(notConnected || (numbers.isSuccess && items.length === 0)) && (
        <Notice tone="warning" testId="twilio-numbers-notice">
          <p>
            Numbers do not appear: check Twilio in{" "}
            <Link to={tenantPath(tenant.slug, "integrations")} className={linkClass}>
              Integrations
            </Link>
            .
          </p>
          <p className="mt-0.5 text-xs">
            {notConnected ? "Twilio is not connected yet. " : ""}You can type the number below.
          </p>
        </Notice>
      )}
      {numbers.isError && !notConnected && (
        <Notice tone="warning">
          Could not load your Twilio numbers: {errorMessage(numbers.error)}{" "}
          <button type="button" className={linkClass} onClick={() => numbers.refetch()}>
            Retry
          </button>
        </Notice>
      )}
      {hasList && !manual ? (
        <>
          <SelectField
            label="Twilio number"
            options={options}
            {...field}
            error={field.error && !current ? "Choose one of your Twilio numbers" : field.error}
          />
          <button type="button" className={`${linkClass} text-sm`} onClick={() => setManual(true)}>
            Enter the number manually
          </button>
        </>
      ) : (
        <>
          <WhatsAppAddressInput field={field} />
          {hasList && (
            <button
              type="button"
              className={`${linkClass} text-sm`}
              onClick={() => {
                setManual(false);
                if (!items.some((item) => item.address === current)) setAddress("");
              }}
            >
              Choose from your Twilio numbers
            </button>
          )}
        </>
      )}
    </div>
  );
}
