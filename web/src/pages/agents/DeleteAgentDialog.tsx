import type { Agent } from "@helios/contracts";
import { DeleteDialog } from "../../components/DeleteDialog";
import { toast } from "../../toast/toast-store";
import { useDeleteAgent } from "./use-agents";

/** Refused while active numbers use the agent: the dialog shows the server's reason. */
export function DeleteAgentDialog({ agent, onClose }: { agent: Agent; onClose: () => void }) {
  return (
    <DeleteDialog
      noun="agent"
      target={agent}
      description="It stops answering for good. Active numbers that use it must be deactivated or reassigned first."
      mutation={useDeleteAgent()}
      onDone={() => toast.success(`${agent.name} was deleted.`)}
      onClose={onClose}
    />
  );
}
