import type { Member } from "@helios/contracts";
import { useCurrentTenant } from "../../app/tenant-context";
import { ConfirmDialog } from "../../components/ConfirmDialog";
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
    <ConfirmDialog
      title={`Remove ${member.name}?`}
      description={
        isSelf
          ? `You will lose access to ${tenant.name}.`
          : `${member.name} (${member.email}) will lose access to ${tenant.name}.`
      }
      confirmLabel="Remove member"
      onConfirm={() => mutation.mutate(member.userId, { onSuccess: onClose })}
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      testId="remove-member-dialog"
    />
  );
}
