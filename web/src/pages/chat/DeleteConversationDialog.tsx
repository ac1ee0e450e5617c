import { ConfirmDialog } from "../../components/ConfirmDialog";
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
    <ConfirmDialog
      title="Delete this conversation?"
      description={`The conversation with ${customer} and all its messages are deleted for everyone. This cannot be undone.`}
      confirmLabel="Delete"
      onConfirm={() => mutation.mutate()}
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      testId="delete-conversation-dialog"
    />
  );
}
