import type { Member } from "@helios/contracts";
import { errorMessage } from "../../api/api-error";
import { useCurrentTenant } from "../../app/tenant-context";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { useRemoveMember } from "./use-members";

interface RemoveMemberDialogProps {
  member: Member;
  onClose: () => void;
}

/** Confirms removing a member, naming them; shows the server's refusal (e.g. the last owner). */
export function RemoveMemberDialog({ member, onClose }: RemoveMemberDialogProps) {
  const { tenant, user } = useCurrentTenant();
  const mutation = useRemoveMember();
  const isSelf = member.userId === user.id;

  return (
    <Dialog
      title={`Remove ${member.name}?`}
      description={
        isSelf
          ? `You will lose access to ${tenant.name}.`
          : `${member.name} (${member.email}) will lose access to ${tenant.name}.`
      }
      onClose={onClose}
      testId="remove-member-dialog"
    >
      {mutation.isError && <Alert className="mb-4">{errorMessage(mutation.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          pending={mutation.isPending}
          onClick={() => mutation.mutate(member.userId, { onSuccess: onClose })}
        >
          Remove member
        </Button>
      </div>
    </Dialog>
  );
}
