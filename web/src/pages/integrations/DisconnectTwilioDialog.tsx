import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { useDisconnectTwilio } from "./use-integrations";

/** Confirms disconnecting Twilio; shows the server's refusal (e.g. numbers still use it). */
export function DisconnectTwilioDialog({ onClose }: { onClose: () => void }) {
  const mutation = useDisconnectTwilio();
  return (
    <Dialog
      title="Disconnect Twilio?"
      description="Helios forgets the Auth Token. Delete the numbers that use Twilio first."
      onClose={onClose}
      testId="disconnect-twilio-dialog"
    >
      {mutation.isError && <Alert className="mb-4">{errorMessage(mutation.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          pending={mutation.isPending}
          onClick={() => mutation.mutate(undefined, { onSuccess: onClose })}
        >
          Disconnect Twilio
        </Button>
      </div>
    </Dialog>
  );
}
