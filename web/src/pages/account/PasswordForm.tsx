import { UpdateMeBody } from "@helios/contracts";
import { EndSubmit, FormBox } from "../../components/FormBox";
import { confirmIssues, NewPasswordFields, PasswordField } from "../../components/PasswordFields";
import { type ParseResult, withFieldPaths } from "../../forms/issues";
import { type FormSchema, useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { AccountSection } from "./AccountSection";
import { useUpdateMe } from "./use-account";

type PasswordChange = { currentPassword: string; password: string };

/** The new password typed twice; the current one proves it is really the account's owner. */
const passwordSchema: FormSchema<PasswordChange> = {
  safeParse: (values) => {
    const { currentPassword, password } = values as Record<string, string>;
    const parsed = UpdateMeBody.safeParse({ currentPassword, password });
    return withFieldPaths(parsed as ParseResult<PasswordChange>, confirmIssues(values));
  },
};

export function PasswordForm() {
  const mutation = useUpdateMe();
  const form = useForm(passwordSchema, { currentPassword: "", password: "", confirm: "" });
  const reset = () => {
    for (const name of ["currentPassword", "password", "confirm"] as const) form.setValue(name, "");
  };
  return (
    <AccountSection
      title="Password"
      description="Changing it signs you out on every other device; this one stays signed in."
      testId="password-section"
    >
      <FormBox
        label="Change password"
        onSubmit={form.handleSubmit((body) =>
          mutation.mutate(body, {
            onSuccess: () => {
              reset();
              toast.success("Password changed. Every other device was signed out.");
            },
            onError: form.showServerError,
          }),
        )}
        error={form.formError}
        actions={<EndSubmit pending={mutation.isPending}>Change password</EndSubmit>}
      >
        <PasswordField label="Current password" current {...form.field("currentPassword")} />
        <NewPasswordFields form={form} />
      </FormBox>
    </AccountSection>
  );
}
