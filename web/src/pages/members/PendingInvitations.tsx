import type { Invitation } from "@helios/contracts";
import { MailPlus, X } from "lucide-react";
import { useState } from "react";
import { DeleteDialog } from "../../components/DeleteDialog";
import { QueryView } from "../../components/QueryView";
import { RoleBadge } from "../../components/RoleBadge";
import { SkeletonBars, SkeletonFrame } from "../../components/Skeleton";
import { formatDateTime, formatRelativeTime } from "../../format/relative-time";
import { toast } from "../../toast/toast-store";
import { useInvitations, useRevokeInvitation } from "./use-invitations";

/** The invitations nobody has accepted yet: who, as what, by whom, until when; Revoke. */
export function PendingInvitations({ onInvite }: { onInvite: () => void }) {
  const invitations = useInvitations();
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  return (
    <section aria-labelledby="pending-invitations" className="mt-10" data-testid="invitations">
      <h2 id="pending-invitations" className="text-base font-semibold text-gray-900">
        Pending invitations
      </h2>
      <div className="mt-3">
        <QueryView
          query={invitations}
          loading={
            <SkeletonFrame
              label="Loading invitations…"
              className="space-y-3 rounded-lg border border-gray-200 bg-white p-4"
            >
              <SkeletonBars bars={["h-4 w-1/2", "h-4 w-1/3"]} />
            </SkeletonFrame>
          }
          errorTitle="Could not load the invitations"
          isEmpty={(data) => data.items.length === 0}
          empty={
            <p
              className="rounded-lg border border-dashed border-gray-300 bg-white px-4 py-6 text-center text-sm text-gray-600"
              data-testid="no-invitations"
            >
              No pending invitations.{" "}
              <button
                type="button"
                onClick={onInvite}
                className="font-medium text-emerald-700 hover:text-emerald-800"
              >
                Invite someone
              </button>
            </p>
          }
        >
          {(data) => (
            <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white shadow-sm">
              {data.items.map((invitation) => (
                <InvitationRow
                  key={invitation.id}
                  invitation={invitation}
                  onRevoke={() => setRevoking(invitation)}
                />
              ))}
            </ul>
          )}
        </QueryView>
      </div>
      {revoking && <RevokeDialog invitation={revoking} onClose={() => setRevoking(null)} />}
    </section>
  );
}

function InvitationRow({ invitation, onRevoke }: { invitation: Invitation; onRevoke: () => void }) {
  return (
    <li
      className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm"
      data-testid="invitation-row"
      data-invitation-id={invitation.id}
    >
      <MailPlus className="size-4 shrink-0 text-gray-400" aria-hidden />
      <div className="min-w-0 flex-1">
        <p className="font-medium break-all text-gray-900">{invitation.email}</p>
        <p className="text-xs text-gray-500">
          Invited by {invitation.invitedBy.name} · expires{" "}
          <time dateTime={invitation.expiresAt} title={formatDateTime(invitation.expiresAt)}>
            {formatRelativeTime(invitation.expiresAt)}
          </time>
        </p>
      </div>
      <RoleBadge role={invitation.role} />
      <button
        type="button"
        onClick={onRevoke}
        aria-label={`Revoke the invitation for ${invitation.email}`}
        className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50"
      >
        <X className="size-4" aria-hidden />
        Revoke
      </button>
    </li>
  );
}

function RevokeDialog({ invitation, onClose }: { invitation: Invitation; onClose: () => void }) {
  const { id, email } = invitation;
  return (
    <DeleteDialog
      verb="Revoke"
      noun="invitation"
      target={{ id, name: `the invitation for ${email}` }}
      description="The link stops working at once. You can invite them again later."
      mutation={useRevokeInvitation()}
      onDone={() => toast.success(`Invitation for ${email} revoked.`)}
      onClose={onClose}
    />
  );
}
