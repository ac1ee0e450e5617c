import clsx from "clsx";
import { useId } from "react";
import { Spinner } from "../../components/Spinner";
import { SwitchTrack } from "../../components/Switch";
import type { ActiveToggle } from "./use-active-toggle";

interface NumberActiveSwitchProps {
  toggle: ActiveToggle;
  /** Id of the card's title, which the switch is about. */
  describedBy: string;
}

/** The switch named "Active"; its words say the real state ("Active" / "Inactive"), a spinner while saving. */
export function NumberActiveSwitch({ toggle, describedBy }: NumberActiveSwitchProps) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <SwitchTrack
        id={id}
        label="Active"
        checked={toggle.checked}
        disabled={toggle.pending}
        describedBy={describedBy}
        onChange={toggle.toggle}
      />
      <label
        htmlFor={id}
        aria-hidden
        data-testid="number-active-state"
        className={clsx(
          "cursor-pointer text-sm font-medium",
          toggle.checked ? "text-emerald-800" : "text-gray-600",
        )}
      >
        {toggle.checked ? "Active" : "Inactive"}
      </label>
      {toggle.pending && <Spinner className="size-4 text-gray-400" label="Saving" />}
    </div>
  );
}
