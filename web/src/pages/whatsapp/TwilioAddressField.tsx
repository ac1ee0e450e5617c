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
 * The Twilio sender: chosen from the account's WhatsApp numbers (those already connected are shown
 * but not offered), or typed when the list is empty or the person prefers to. Without a Twilio
 * connection there is nothing to choose or type: it says where to connect Twilio.
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

  if (notConnected) {
    return (
      <Notice tone="warning" testId="twilio-numbers-notice">
        <p>
          Twilio is not connected: connect your Twilio account in{" "}
          <Link to={tenantPath(tenant.slug, "integrations")} className={linkClass}>
            Integrations
          </Link>{" "}
          first.
        </p>
        <p className="mt-0.5 text-xs">
          Helios sends through that account and checks its signatures, so a Twilio number can be
          added only after it is connected.
        </p>
      </Notice>
    );
  }

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

  const connectedNote = {
    here: " — already connected here",
    elsewhere: " — connected in another workspace",
  };
  const options: SelectOption[] = [
    { value: "", label: "Choose a number" },
    ...items.map((item) => ({
      value: item.address,
      label: `${item.friendlyName} · ${item.address}${item.connected ? connectedNote[item.connected] : ""}`,
      // Already connected: shown for orientation, not offered again.
      disabled: Boolean(item.connected) && item.address !== field.value.trim(),
    })),
  ];
  const free = items.filter((item) => !item.connected);
  const current = field.value.trim();
  if (current && !items.some((item) => item.address === current)) {
    options.push({ value: field.value, label: current });
  }

  return (
    <div className="space-y-2">
      {numbers.isSuccess && items.length === 0 && (
        <Notice tone="warning" testId="twilio-numbers-notice">
          <p>Your Twilio account lists no WhatsApp numbers yet: type the number below.</p>
          <p className="mt-0.5 text-xs">
            A number your account does not list is connected unverified: its verified owner can take
            it over.
          </p>
        </Notice>
      )}
      {hasList && free.length === 0 && !manual && (
        <Notice testId="twilio-numbers-all-connected">
          Every number of your Twilio account is already connected.
        </Notice>
      )}
      {numbers.isError && (
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
            <p className="text-xs text-gray-600" data-testid="manual-address-hint">
              A number your Twilio account does not list is connected unverified: its verified owner
              can take it over.
            </p>
          )}
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
