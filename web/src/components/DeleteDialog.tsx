import { ConfirmDialog } from "./ConfirmDialog";

/** What this dialog reads of a TanStack mutation that deletes one thing by its id. */
interface DeleteMutation {
  mutate: (id: string, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
}

interface DeleteDialogProps {
  /** "Delete", or the word for it when the thing is removed or revoked. */
  verb?: "Delete" | "Remove" | "Revoke";
  /** The kind of thing: names the button ("Delete agent") and the test id (`delete-agent-dialog`). */
  noun: string;
  /** The id given to the mutation, and the name the title asks about ("Delete Sales bot?"). */
  target: { id: string; name: string };
  /** What will happen, and what stays. */
  description: string;
  mutation: DeleteMutation;
  /** After the server said yes, before the dialog closes (e.g. a toast). */
  onDone?: () => void;
  onClose: () => void;
}

/** Confirms deleting one thing, naming it; shows the server's refusal so the person can act. */
export function DeleteDialog({
  verb = "Delete",
  noun,
  target,
  description,
  mutation,
  onDone,
  onClose,
}: DeleteDialogProps) {
  return (
    <ConfirmDialog
      title={`${verb} ${target.name}?`}
      description={description}
      confirmLabel={`${verb} ${noun}`}
      onConfirm={() =>
        mutation.mutate(target.id, {
          onSuccess: () => {
            onDone?.();
            onClose();
          },
        })
      }
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      testId={`${verb.toLowerCase()}-${noun.replaceAll(" ", "-")}-dialog`}
    />
  );
}
