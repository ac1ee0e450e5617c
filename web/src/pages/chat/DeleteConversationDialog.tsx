import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { useDeleteConversation } from "./use-delete-conversation";

interface DeleteConversationDialogProps {
  conversationId: string;
  customer: string;
  onClose: () => void;
}

/** Confirms deleting the conversation and its messages, then goes back to WhatsApp. */
export function DeleteConversationDialog({
  conversationId,
  customer,
  onClose,
}: DeleteConversationDialogProps) {
  const mutation = useDeleteConversation(conversationId);
  return (
    <Dialog
      title="Delete this conversation?"
      description={`The conversation with ${customer} and all its messages are deleted for everyone. This cannot be undone.`}
      onClose={onClose}
      testId="delete-conversation-dialog"
    >
      {mutation.isError && <Alert className="mb-4">{errorMessage(mutation.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" pending={mutation.isPending} onClick={() => mutation.mutate()}>
          Delete
        </Button>
      </div>
    </Dialog>
  );
}
