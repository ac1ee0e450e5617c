import clsx from "clsx";
import { Clock } from "lucide-react";
import { windowText } from "./window";

interface WindowStatusProps {
  windowExpiresAt: string | null;
  open: boolean;
  now: number;
}

/** The 24-hour customer-service window: how long it stays open, or that it is closed. */
export function WindowStatus({ windowExpiresAt, open, now }: WindowStatusProps) {
  return (
    <p
      data-testid="window-status"
      data-state={open ? "open" : "closed"}
      className={clsx(
        "inline-flex items-center gap-1.5 text-xs font-medium",
        open ? "text-emerald-800" : "text-amber-800",
      )}
    >
      <Clock className="size-3.5 shrink-0" aria-hidden />
      {windowText(windowExpiresAt, open, now)}
    </p>
  );
}
