import type { WhatsAppNumber } from "@helios/contracts";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useDeleteNumber } from "./use-numbers";

interface DeleteNumberDialogProps {
  number: WhatsAppNumber;
  onClose: () => void;
}

/** Confirms disconnecting a number, naming it; its conversations stay. */
export function DeleteNumberDialog({ number, onClose }: DeleteNumberDialogProps) {
  const mutation = useDeleteNumber();
  return (
    <ConfirmDialog
      title={`Delete ${number.displayName}?`}
      description="Its conversations stay readable."
      confirmLabel="Delete number"
      onConfirm={() => mutation.mutate(number.id, { onSuccess: onClose })}
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      testId="delete-number-dialog"
    />
  );
}
