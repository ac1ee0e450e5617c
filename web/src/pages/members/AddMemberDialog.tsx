import { AddMemberBody, type Role } from "@helios/contracts";
import { isApiError } from "../../api/api-error";
import { useCurrentTenant } from "../../app/tenant-context";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { isRole, roleOptions } from "./role-options";
import { useAddMember } from "./use-members";

interface AddMemberDialogProps {
  onClose: () => void;
  /** The e-mail already has an account: only an invitation (their consent) can add it. */
  onInviteInstead: (initial: { email: string; role: Role }) => void;
}

/** "Add member": creates a brand-new account with a password you share, and its role. */
export function AddMemberDialog({ onClose, onInviteInstead }: AddMemberDialogProps) {
  const { tenant } = useCurrentTenant();
  const mutation = useAddMember();
  const form = useForm(AddMemberBody, { email: "", name: "", role: "agent", password: "" });
  const accountExists = isApiError(mutation.error) && mutation.error.code === "account_exists";
  const role = isRole(form.values.role) ? form.values.role : "agent";

  return (
    <Dialog
      title="Add member"
      description={`Create an account for someone new to Helios and add it to ${tenant.name}. Someone who already has an account is invited instead.`}
      onClose={onClose}
      testId="add-member-dialog"
    >
      <form
        noValidate
        aria-label="Add member"
        className="space-y-4"
        onSubmit={form.handleSubmit((body) =>
          mutation.mutate(body, {
            onSuccess: (member) => {
              toast.success(`${member.name} was added to ${tenant.name}.`);
              onClose();
            },
            onError: form.showServerError,
          }),
        )}
      >
        <TextField label="Email" type="email" autoComplete="off" {...form.field("email")} />
        <TextField label="Name" autoComplete="off" {...form.field("name")} />
        <SelectField label="Role" options={roleOptions(tenant.role)} {...form.field("role")} />
        <TextField
          label="Initial password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters. Share it with them; they sign in with it."
          {...form.field("password")}
        />
        {accountExists ? (
          <Alert>
            <p>
              {form.values.email} already has a Helios account. Invite them instead: they accept
              with their own account.
            </p>
            <Button
              className="mt-2"
              onClick={() => onInviteInstead({ email: form.values.email.trim(), role })}
            >
              Invite {form.values.email.trim()} instead
            </Button>
          </Alert>
        ) : (
          form.formError && <Alert>{form.formError}</Alert>
        )}
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" pending={mutation.isPending}>
            Add member
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
