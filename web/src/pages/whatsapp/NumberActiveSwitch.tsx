import { Spinner } from "../../components/Spinner";
import { Switch } from "../../components/Switch";
import type { ActiveToggle } from "./use-active-toggle";

interface NumberActiveSwitchProps {
  toggle: ActiveToggle;
  /** Id of the card's title, which the switch is about. */
  describedBy: string;
}

/** "Active", with a spinner while the change is saved. */
export function NumberActiveSwitch({ toggle, describedBy }: NumberActiveSwitchProps) {
  return (
    <div className="flex items-center gap-2">
      <Switch
        label="Active"
        checked={toggle.checked}
        disabled={toggle.pending}
        describedBy={describedBy}
        onChange={toggle.toggle}
      />
      {toggle.pending && <Spinner className="size-4 text-gray-400" label="Saving" />}
    </div>
  );
}
