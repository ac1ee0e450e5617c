import { CreateInvitationBody, type InvitationCreated, type Role } from "@helios/contracts";
import { MailCheck } from "lucide-react";
import { useState } from "react";
import { useCurrentTenant } from "../../app/tenant-context";
import { Button } from "../../components/Button";
import { CopyField } from "../../components/CopyField";
import { Dialog } from "../../components/Dialog";
import { DialogForm } from "../../components/FormBox";
import { roleLabels } from "../../components/RoleBadge";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { formatDateTime } from "../../format/relative-time";
import { useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { roleOptions } from "./role-options";
import { useCreateInvitation } from "./use-invitations";

interface InviteMemberDialogProps {
  onClose: () => void;
  /** Filled in when coming from "Add member" for an e-mail that already has an account. */
  initial?: { email: string; role: Role };
}

/** "Invite member": e-mail and role, then the link — shown this once — to copy or forward. */
export function InviteMemberDialog({ onClose, initial }: InviteMemberDialogProps) {
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  if (created) return <InvitationLink invitation={created} onClose={onClose} />;
  return <InviteForm onClose={onClose} onCreated={setCreated} initial={initial} />;
}

function InviteForm({
  onClose,
  onCreated,
  initial,
}: InviteMemberDialogProps & { onCreated: (invitation: InvitationCreated) => void }) {
  const { tenant } = useCurrentTenant();
  const mutation = useCreateInvitation();
  const form = useForm(CreateInvitationBody, {
    email: initial?.email ?? "",
    role: initial?.role ?? "agent",
  });
  return (
    <DialogForm
      title="Invite member"
      description={`They get an e-mail with a link to join ${tenant.name}; they choose their own password.`}
      testId="invite-member-dialog"
      onClose={onClose}
      onSubmit={form.handleSubmit((body) =>
        mutation.mutate(body, {
          onSuccess: (invitation) => {
            toast.success(`Invitation sent to ${invitation.email}.`);
            onCreated(invitation);
          },
          onError: form.showServerError,
        }),
      )}
      error={form.formError}
      pending={mutation.isPending}
      submitLabel="Send invitation"
    >
      <TextField label="Email" type="email" autoComplete="off" {...form.field("email")} />
      <SelectField
        label="Role"
        options={roleOptions(tenant.role)}
        hint={tenant.role === "owner" ? undefined : "Only an owner can invite another owner."}
        {...form.field("role")}
      />
    </DialogForm>
  );
}

function InvitationLink({
  invitation,
  onClose,
}: {
  invitation: InvitationCreated;
  onClose: () => void;
}) {
  return (
    <Dialog
      title="Invitation sent"
      description={
        <span className="flex items-start gap-2">
          <MailCheck className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden />
          <span>
            We e-mailed {invitation.email} a link to join as {roleLabels[invitation.role]}. You can
            also send it yourself.
          </span>
        </span>
      }
      onClose={onClose}
      testId="invitation-created"
    >
      <div className="space-y-4">
        <CopyField
          label="Invitation link"
          value={invitation.url}
          testId="invitation-url"
          onCopied={() => toast.success("Invitation link copied.")}
        />
        <p className="text-xs text-gray-600">
          This link is shown only now. It works once, for {invitation.email} only, until{" "}
          {formatDateTime(invitation.expiresAt)}.
        </p>
        <div className="flex justify-end">
          <Button onClick={onClose}>Done</Button>
        </div>
      </div>
    </Dialog>
  );
}
