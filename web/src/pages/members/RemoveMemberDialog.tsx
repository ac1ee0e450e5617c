import type { Member } from "@helios/contracts";
import { useCurrentTenant } from "../../app/tenant-context";
import { DeleteDialog } from "../../components/DeleteDialog";
import { toast } from "../../toast/toast-store";
import { useRemoveMember } from "./use-members";

interface RemoveMemberDialogProps {
  member: Member;
  onClose: () => void;
}

/** Removing oneself says so; the server refuses to remove the last owner. */
export function RemoveMemberDialog({ member, onClose }: RemoveMemberDialogProps) {
  const { tenant, user } = useCurrentTenant();
  const who = member.userId === user.id ? "You" : `${member.name} (${member.email})`;
  return (
    <DeleteDialog
      verb="Remove"
      noun="member"
      target={{ id: member.userId, name: member.name }}
      description={`${who} will lose access to ${tenant.name}.`}
      mutation={useRemoveMember()}
      onDone={() => toast.success(`${member.name} was removed from ${tenant.name}.`)}
      onClose={onClose}
    />
  );
}
