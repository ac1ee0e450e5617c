import type { WhatsAppNumber } from "@helios/contracts";
import clsx from "clsx";
import { ChevronRight, Webhook } from "lucide-react";
import { useId, useState } from "react";
import { WebhookFields } from "./WebhookFields";

/** "Webhook": opens the number's webhook URL(s) with Copy buttons. */
export function WebhookDisclosure({ number }: { number: WhatsAppNumber }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="-mx-1 inline-flex items-center gap-1.5 rounded-md px-1 py-0.5 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900 focus-visible:outline-2 focus-visible:outline-emerald-600"
      >
        <ChevronRight
          className={clsx("size-4 transition-transform", open && "rotate-90")}
          aria-hidden
        />
        <Webhook className="size-4 text-gray-500" aria-hidden />
        Webhook
      </button>
      <div id={panelId} hidden={!open} className="mt-3">
        {open && <WebhookFields number={number} />}
      </div>
    </div>
  );
}
