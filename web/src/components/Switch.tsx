import clsx from "clsx";
import { useId } from "react";

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Id of an element that says what the switch belongs to (e.g. a card's title). */
  describedBy?: string;
}

/** An on/off switch: a native checkbox with `role="switch"`, named by its visible label. */
export function Switch({ label, checked, onChange, disabled, describedBy }: SwitchProps) {
  const id = useId();
  return (
    <div className="inline-flex items-center gap-2">
      <SwitchTrack
        id={id}
        checked={checked}
        disabled={disabled}
        describedBy={describedBy}
        onChange={onChange}
      />
      <label htmlFor={id} className="cursor-pointer text-sm font-medium text-gray-800">
        {label}
      </label>
    </div>
  );
}

const tones = {
  emerald: "checked:bg-emerald-600 focus-visible:outline-emerald-600",
  violet: "checked:bg-violet-600 focus-visible:outline-violet-600",
};

interface SwitchTrackProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean | undefined;
  describedBy?: string | undefined;
  /** The name, when the visible label is not it (e.g. it changes with the state). */
  label?: string;
  /** Violet for the AI's own controls. */
  tone?: keyof typeof tones;
}

/** The switch itself: a native checkbox with `role="switch"`, drawn as a track and a knob. */
export function SwitchTrack({
  id,
  checked,
  onChange,
  disabled,
  describedBy,
  label,
  tone = "emerald",
}: SwitchTrackProps) {
  return (
    <span className="relative inline-flex h-5 w-9 shrink-0">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-label={label}
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.checked)}
        className={clsx(
          "peer absolute inset-0 cursor-pointer appearance-none rounded-full bg-gray-300 transition-colors",
          "disabled:cursor-not-allowed disabled:opacity-60",
          "focus-visible:outline-2 focus-visible:outline-offset-2",
          tones[tone],
        )}
      />
      <span
        aria-hidden
        className="pointer-events-none absolute top-0.5 left-0.5 size-4 rounded-full bg-white shadow transition-transform peer-checked:translate-x-4"
      />
    </span>
  );
}
