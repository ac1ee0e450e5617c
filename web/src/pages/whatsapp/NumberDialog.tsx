import type { WhatsAppNumber } from "@helios/contracts";
import { useState } from "react";
import { Dialog } from "../../components/Dialog";
import { NumberConnected } from "./NumberConnected";
import { NumberForm } from "./NumberForm";

interface NumberDialogProps {
  /** The number to edit; none to connect a new one. */
  number?: WhatsAppNumber;
  onClose: () => void;
}

/** "Connect New Number" (then "Number connected" with its webhook) or "Edit number". */
export function NumberDialog({ number, onClose }: NumberDialogProps) {
  const [connected, setConnected] = useState<WhatsAppNumber | null>(null);
  const title = connected ? "Number connected" : number ? "Edit number" : "Connect New Number";
  const description = connected
    ? connected.provider === "twilio"
      ? "Tell Twilio where to send this number's messages."
      : "Tell Meta where to send this number's messages."
    : number
      ? `Change ${number.displayName}.`
      : "Add a WhatsApp Business number for your team and AI agents to answer on.";

  return (
    <Dialog
      title={title}
      description={description}
      onClose={onClose}
      testId="number-dialog"
      size="lg"
    >
      {connected ? (
        <NumberConnected number={connected} onDone={onClose} />
      ) : (
        <NumberForm number={number} onCreated={setConnected} onSaved={onClose} onCancel={onClose} />
      )}
    </Dialog>
  );
}
