import clsx from "clsx";
import { useId } from "react";
import type { Provider } from "./number-form";

const choices: ReadonlyArray<{ value: Provider; label: string; description: string }> = [
  {
    value: "twilio",
    label: "Twilio (recommended)",
    description: "Pick a WhatsApp sender of your connected Twilio account.",
  },
  {
    value: "meta",
    label: "Meta Cloud API (legacy)",
    description: "Connect a number of your Meta app with its own access token.",
  },
];

interface ProviderChoiceProps {
  value: Provider;
  onChange: (provider: Provider) => void;
  /** Editing: a number keeps its provider. */
  disabled?: boolean;
}

/** "Provider" as two radio cards. */
export function ProviderChoice({ value, onChange, disabled }: ProviderChoiceProps) {
  const name = useId();
  return (
    <fieldset disabled={disabled} aria-describedby={disabled ? `${name}-locked` : undefined}>
      <legend className="text-sm font-medium text-gray-800">Provider</legend>
      <div className="mt-1 grid gap-3 sm:grid-cols-2">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <label
              key={choice.value}
              htmlFor={id}
              className={clsx(
                "flex gap-2.5 rounded-lg border bg-white p-3 transition-colors",
                "has-checked:border-emerald-600 has-checked:bg-emerald-50/50 has-checked:ring-1 has-checked:ring-emerald-600",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-emerald-600",
                disabled ? "cursor-not-allowed opacity-70" : "cursor-pointer hover:border-gray-400",
                "border-gray-300",
              )}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-labelledby={`${id}-label`}
                aria-describedby={`${id}-description`}
                className="mt-0.5 size-4 shrink-0 accent-emerald-600"
              />
              <span className="min-w-0">
                <span id={`${id}-label`} className="block text-sm font-medium text-gray-900">
                  {choice.label}
                </span>
                <span id={`${id}-description`} className="mt-0.5 block text-xs text-gray-600">
                  {choice.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {disabled && (
        <p id={`${name}-locked`} className="mt-1 text-xs text-gray-500">
          The provider of a connected number cannot change.
        </p>
      )}
    </fieldset>
  );
}
