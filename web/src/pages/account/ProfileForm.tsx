import { UpdateMeBody } from "@helios/contracts";
import { useCurrentTenant } from "../../app/tenant-context";
import { EndSubmit, FormBox } from "../../components/FormBox";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { AccountSection } from "./AccountSection";
import { useUpdateMe } from "./use-account";

/** The name teammates see on replies and in the members list. */
export function ProfileForm() {
  const { user } = useCurrentTenant();
  const mutation = useUpdateMe();
  const form = useForm(UpdateMeBody, { name: user.name });
  return (
    <AccountSection title="Profile" description="Your name as your teammates see it.">
      <FormBox
        label="Profile"
        onSubmit={form.handleSubmit((body) =>
          mutation.mutate(body, {
            onSuccess: () => toast.success("Your name was saved."),
            onError: form.showServerError,
          }),
        )}
        error={form.formError}
        actions={
          <EndSubmit pending={mutation.isPending} disabled={form.values.name.trim() === user.name}>
            Save name
          </EndSubmit>
        }
      >
        <TextField label="Your name" autoComplete="name" {...form.field("name")} />
      </FormBox>
    </AccountSection>
  );
}
