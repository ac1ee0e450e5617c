import type { WhatsAppNumber } from "@helios/contracts";
import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { useDeleteNumber } from "./use-numbers";

interface DeleteNumberDialogProps {
  number: WhatsAppNumber;
  onClose: () => void;
}

/** Confirms disconnecting a number, naming it; its conversations stay. */
export function DeleteNumberDialog({ number, onClose }: DeleteNumberDialogProps) {
  const mutation = useDeleteNumber();
  return (
    <Dialog
      title={`Delete ${number.displayName}?`}
      description="Its conversations stay readable."
      onClose={onClose}
      testId="delete-number-dialog"
    >
      {mutation.isError && <Alert className="mb-4">{errorMessage(mutation.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          pending={mutation.isPending}
          onClick={() => mutation.mutate(number.id, { onSuccess: onClose })}
        >
          Delete number
        </Button>
      </div>
    </Dialog>
  );
}
