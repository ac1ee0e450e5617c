import { AddMemberBody, type Role } from "@helios/contracts";
import { isApiError } from "../../api/api-error";
import { useCurrentTenant } from "../../app/tenant-context";
import { Button } from "../../components/Button";
import { DialogForm } from "../../components/FormBox";
import { newPasswordHint, PasswordField } from "../../components/PasswordFields";
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
    <DialogForm
      title="Add member"
      description={`Create an account for someone new to Helios and add it to ${tenant.name}. Someone who already has an account is invited instead.`}
      testId="add-member-dialog"
      onClose={onClose}
      onSubmit={form.handleSubmit((body) =>
        mutation.mutate(body, {
          onSuccess: (member) => {
            toast.success(`${member.name} was added to ${tenant.name}.`);
            onClose();
          },
          onError: form.showServerError,
        }),
      )}
      error={
        accountExists ? (
          <>
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
          </>
        ) : (
          form.formError
        )
      }
      pending={mutation.isPending}
      submitLabel="Add member"
    >
      <TextField label="Email" type="email" autoComplete="off" {...form.field("email")} />
      <TextField label="Name" autoComplete="off" {...form.field("name")} />
      <SelectField label="Role" options={roleOptions(tenant.role)} {...form.field("role")} />
      <PasswordField
        label="Initial password"
        hint={`${newPasswordHint} Share it with them; they sign in with it.`}
        {...form.field("password")}
      />
    </DialogForm>
  );
}
