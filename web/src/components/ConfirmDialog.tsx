import { errorMessage } from "../api/api-error";
import { Alert } from "./Alert";
import { Dialog } from "./Dialog";
import { DialogActions } from "./FormBox";

interface ConfirmDialogProps {
  title: string;
  description: string;
  /** The button that does it, named for what it does ("Delete number"). */
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  /** The server's refusal, shown above the buttons so the person can act on it. */
  error: unknown;
  testId?: string;
}

/** Asks before something destructive: what will happen, Cancel, and the red button. */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  onConfirm,
  onClose,
  pending,
  error,
  testId,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} description={description} onClose={onClose} testId={testId}>
      {error !== null && error !== undefined && (
        <Alert className="mb-4">{errorMessage(error)}</Alert>
      )}
      <DialogActions onCancel={onClose} pending={pending} onConfirm={onConfirm} className="">
        {confirmLabel}
      </DialogActions>
    </Dialog>
  );
}
