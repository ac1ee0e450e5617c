import { BellOff, BellRing } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import {
  alertsEnabled,
  alertsSupported,
  disableAlerts,
  enableAlerts,
} from "../../notifications/browser-alert";

/**
 * Opts in (or out) of desktop alerts for escalations while Helios is in a background tab. A
 * browser that blocks them says so instead of offering a button that cannot work.
 */
export function DesktopAlertsButton() {
  const [enabled, setEnabled] = useState(alertsEnabled);
  const [blocked, setBlocked] = useState(
    () => alertsSupported() && window.Notification.permission === "denied",
  );
  if (!alertsSupported()) return null;
  if (blocked) {
    return (
      <p className="max-w-56 text-xs text-gray-500">
        Desktop alerts are blocked for this site in your browser's settings.
      </p>
    );
  }
  if (enabled) {
    return (
      <Button
        variant="secondary"
        icon={<BellOff className="size-4" aria-hidden />}
        onClick={() => {
          disableAlerts();
          setEnabled(false);
        }}
      >
        Turn off desktop alerts
      </Button>
    );
  }
  return (
    <Button
      variant="secondary"
      icon={<BellRing className="size-4" aria-hidden />}
      title="A desktop notification for each escalation while this tab is in the background"
      onClick={async () => {
        const permission = await enableAlerts();
        setEnabled(permission === "granted");
        setBlocked(permission === "denied");
      }}
    >
      Desktop alerts for escalations
    </Button>
  );
}
