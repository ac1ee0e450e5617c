import type { MessageStatus } from "@helios/contracts";
import clsx from "clsx";
import { Check, CheckCheck, CircleAlert, Clock } from "lucide-react";

const looks: Partial<Record<MessageStatus, { label: string; icon: typeof Check; color: string }>> =
  {
    queued: { label: "Queued", icon: Clock, color: "text-gray-400" },
    sent: { label: "Sent", icon: Check, color: "text-gray-500" },
    delivered: { label: "Delivered", icon: CheckCheck, color: "text-gray-500" },
    read: { label: "Read", icon: CheckCheck, color: "text-sky-500" },
    failed: { label: "Failed", icon: CircleAlert, color: "text-red-600" },
  };

interface StatusTicksProps {
  status: MessageStatus;
  /** Why it failed, as a tooltip. */
  error?: string;
}

/** Where an outbound message is: clock, ✓, ✓✓, blue ✓✓, or a red "!" for a failure. */
export function StatusTicks({ status, error }: StatusTicksProps) {
  const look = looks[status];
  if (!look) return null;
  const { label, icon: Icon, color } = look;
  const title = status === "failed" && error ? `Failed: ${error}` : label;
  return (
    <span title={title} data-testid="message-status" className="inline-flex">
      <Icon className={clsx("size-3.5", color)} aria-hidden />
      <span className="sr-only">{label}</span>
    </span>
  );
}
