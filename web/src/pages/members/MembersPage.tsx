import type { Member, Role } from "@helios/contracts";
import { MailPlus, UserPlus, Users } from "lucide-react";
import { useState } from "react";
import { errorMessage } from "../../api/api-error";
import { useCurrentTenant } from "../../app/tenant-context";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { QueryView } from "../../components/QueryView";
import { roleLabels } from "../../components/RoleBadge";
import { MembersTableSkeleton } from "../../components/skeletons";
import { toast } from "../../toast/toast-store";
import { AddMemberDialog } from "./AddMemberDialog";
import { InviteMemberDialog } from "./InviteMemberDialog";
import { MembersTable } from "./MembersTable";
import { PendingInvitations } from "./PendingInvitations";
import { RemoveMemberDialog } from "./RemoveMemberDialog";
import { useChangeRole, useMembers } from "./use-members";

/** `/app/:tenant/members`: who works in this workspace; owners and admins manage them. */
export function MembersPage() {
  const { tenant, canManage } = useCurrentTenant();
  const members = useMembers();
  const changeRole = useChangeRole();
  const [adding, setAdding] = useState(false);
  // From "Add member", the invitation starts with that e-mail and role.
  const [inviting, setInviting] = useState<{ initial?: { email: string; role: Role } } | null>(
    null,
  );
  const [removing, setRemoving] = useState<Member | null>(null);
  const [roleError, setRoleError] = useState<string | null>(null);

  const onChangeRole = (member: Member, role: Role) => {
    setRoleError(null);
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => toast.success(`${member.name} is now ${roleLabels[role]}.`),
        onError: (error) =>
          setRoleError(`Could not change ${member.name}'s role: ${errorMessage(error)}`),
      },
    );
  };

  return (
    <>
      <PageHeader
        title="Members"
        description={
          canManage
            ? `The people who work in ${tenant.name}, and what they may do.`
            : `The people who work in ${tenant.name}. Owners and admins manage members.`
        }
        actions={
          canManage && (
            <>
              <Button
                variant="secondary"
                onClick={() => setAdding(true)}
                icon={<UserPlus className="size-4" aria-hidden />}
              >
                Add member
              </Button>
              <Button
                onClick={() => setInviting({})}
                icon={<MailPlus className="size-4" aria-hidden />}
              >
                Invite member
              </Button>
            </>
          )
        }
      />
      {roleError && (
        <Alert className="mb-4" onDismiss={() => setRoleError(null)}>
          {roleError}
        </Alert>
      )}
      {!canManage ? (
        <EmptyState icon={Users} title="Members are managed by owners and admins">
          Ask an owner or admin of {tenant.name} if you need someone added or a role changed.
        </EmptyState>
      ) : (
        <QueryView
          query={members}
          loading={<MembersTableSkeleton />}
          errorTitle="Could not load the members"
          isEmpty={(data) => data.items.length === 0}
          empty={<EmptyState icon={Users} title="No one here yet" />}
        >
          {(data) => (
            <MembersTable
              members={data.items}
              pendingRole={changeRole.isPending ? changeRole.variables : undefined}
              onChangeRole={onChangeRole}
              onRemove={setRemoving}
            />
          )}
        </QueryView>
      )}
      {canManage && <PendingInvitations onInvite={() => setInviting({})} />}
      {adding && (
        <AddMemberDialog
          onClose={() => setAdding(false)}
          onInviteInstead={(initial) => {
            setAdding(false);
            setInviting({ initial });
          }}
        />
      )}
      {inviting && (
        <InviteMemberDialog onClose={() => setInviting(null)} initial={inviting.initial} />
      )}
      {removing && <RemoveMemberDialog member={removing} onClose={() => setRemoving(null)} />}
    </>
  );
}
