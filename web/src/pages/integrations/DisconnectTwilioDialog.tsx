import { ConfirmDialog } from "../../components/ConfirmDialog";
import { toast } from "../../toast/toast-store";
import { useDisconnectTwilio } from "./use-integrations";

/** Confirms disconnecting Twilio; shows the server's refusal (e.g. numbers still use it). */
export function DisconnectTwilioDialog({ onClose }: { onClose: () => void }) {
  const mutation = useDisconnectTwilio();
  return (
    <ConfirmDialog
      title="Disconnect Twilio?"
      description="Helios forgets the Auth Token. Delete the numbers that use Twilio first."
      confirmLabel="Disconnect Twilio"
      onConfirm={() =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            toast.success("Twilio disconnected.");
            onClose();
          },
        })
      }
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      testId="disconnect-twilio-dialog"
    />
  );
}
