import type { WhatsAppNumber } from "@helios/contracts";
import { CircleCheck } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "../../components/Button";
import { WebhookFields } from "./WebhookFields";

interface NumberConnectedProps {
  number: WhatsAppNumber;
  onDone: () => void;
}

/** The modal's last step: the webhook URL(s) to paste into Twilio or Meta. */
export function NumberConnected({ number, onDone }: NumberConnectedProps) {
  const status = useRef<HTMLParagraphElement>(null);
  // The submit button that had focus is gone: say what happened.
  useEffect(() => status.current?.focus(), []);

  return (
    <div className="space-y-4" data-testid="number-connected">
      <p
        ref={status}
        tabIndex={-1}
        className="flex items-center gap-2 text-sm font-medium text-emerald-800 focus:outline-none"
      >
        <CircleCheck className="size-5 shrink-0 text-emerald-600" aria-hidden />
        {number.displayName} is connected. One last step:
      </p>
      <WebhookFields number={number} />
      <div className="flex justify-end pt-2">
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
