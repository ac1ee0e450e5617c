import type { WhatsAppNumber } from "@helios/contracts";
import { DeleteDialog } from "../../components/DeleteDialog";
import { toast } from "../../toast/toast-store";
import { useDeleteNumber } from "./use-numbers";

/** Disconnects a number; its conversations stay. */
export function DeleteNumberDialog({
  number,
  onClose,
}: {
  number: WhatsAppNumber;
  onClose: () => void;
}) {
  return (
    <DeleteDialog
      noun="number"
      target={{ id: number.id, name: number.displayName }}
      description="Its conversations stay readable."
      mutation={useDeleteNumber()}
      onDone={() => toast.success(`${number.displayName} was deleted.`)}
      onClose={onClose}
    />
  );
}
