import { UpdateMeBody } from "@helios/contracts";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { TextField } from "../../components/TextField";
import { withFieldPaths } from "../../forms/issues";
import { type FormSchema, useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { AccountSection } from "./AccountSection";
import { useUpdateMe } from "./use-account";

type PasswordChange = { currentPassword: string; password: string };

/** The new password typed twice; the current one proves it is really the account's owner. */
const passwordSchema: FormSchema<PasswordChange> = {
  safeParse: (values) => {
    const { currentPassword, password, confirm } = values as Record<string, string>;
    const extra =
      password && confirm !== password
        ? [{ path: ["confirm"], message: "The two passwords do not match" }]
        : [];
    const parsed = UpdateMeBody.safeParse({ currentPassword, password });
    return withFieldPaths(parsed as ReturnType<FormSchema<PasswordChange>["safeParse"]>, extra);
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
      <form
        noValidate
        aria-label="Change password"
        className="space-y-4"
        onSubmit={form.handleSubmit((body) =>
          mutation.mutate(body, {
            onSuccess: () => {
              reset();
              toast.success("Password changed. Every other device was signed out.");
            },
            onError: form.showServerError,
          }),
        )}
      >
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...form.field("currentPassword")}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
          {...form.field("password")}
        />
        <TextField
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          {...form.field("confirm")}
        />
        {form.formError && <Alert>{form.formError}</Alert>}
        <div className="flex justify-end">
          <Button type="submit" pending={mutation.isPending}>
            Change password
          </Button>
        </div>
      </form>
    </AccountSection>
  );
}
