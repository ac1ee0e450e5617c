import { AddMemberBody } from "@helios/contracts";
import { useCurrentTenant } from "../../app/tenant-context";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { roleOptions } from "./role-options";
import { useAddMember } from "./use-members";

/** "Add member": creates the person's account (or adds an existing one) with a role. */
export function AddMemberDialog({ onClose }: { onClose: () => void }) {
  const { tenant } = useCurrentTenant();
  const mutation = useAddMember();
  const form = useForm(AddMemberBody, { email: "", name: "", role: "agent", password: "" });

  return (
    <Dialog
      title="Add member"
      description={`Give someone access to ${tenant.name}.`}
      onClose={onClose}
      testId="add-member-dialog"
    >
      <form
        noValidate
        aria-label="Add member"
        className="space-y-4"
        onSubmit={form.handleSubmit((body) =>
          mutation.mutate(body, { onSuccess: onClose, onError: form.showServerError }),
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
        {form.formError && <Alert>{form.formError}</Alert>}
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
