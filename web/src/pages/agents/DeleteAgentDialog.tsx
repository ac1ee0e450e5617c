import type { Agent } from "@helios/contracts";
import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { useDeleteAgent } from "./use-agents";

interface DeleteAgentDialogProps {
  agent: Agent;
  onClose: () => void;
}

/** Confirms deleting an agent, naming it; shows the server's refusal (active numbers use it). */
export function DeleteAgentDialog({ agent, onClose }: DeleteAgentDialogProps) {
  const mutation = useDeleteAgent();
  return (
    <Dialog
      title={`Delete ${agent.name}?`}
      description="It stops answering for good. Active numbers that use it must be deactivated or reassigned first."
      onClose={onClose}
      testId="delete-agent-dialog"
    >
      {mutation.isError && <Alert className="mb-4">{errorMessage(mutation.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          pending={mutation.isPending}
          onClick={() => mutation.mutate(agent.id, { onSuccess: onClose })}
        >
          Delete agent
        </Button>
      </div>
    </Dialog>
  );
}
