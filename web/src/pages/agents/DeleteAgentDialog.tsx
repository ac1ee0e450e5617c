import type { Agent } from "@helios/contracts";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useDeleteAgent } from "./use-agents";

interface DeleteAgentDialogProps {
  agent: Agent;
  onClose: () => void;
}

/** Confirms deleting an agent, naming it; shows the server's refusal (active numbers use it). */
export function DeleteAgentDialog({ agent, onClose }: DeleteAgentDialogProps) {
  const mutation = useDeleteAgent();
  return (
    <ConfirmDialog
      title={`Delete ${agent.name}?`}
      description="It stops answering for good. Active numbers that use it must be deactivated or reassigned first."
      confirmLabel="Delete agent"
      onConfirm={() => mutation.mutate(agent.id, { onSuccess: onClose })}
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      testId="delete-agent-dialog"
    />
  );
}
