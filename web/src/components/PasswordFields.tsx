import type { FieldProps } from "../forms/use-form";
import { TextField } from "./TextField";

type PasswordFieldProps = FieldProps<string> & {
  label: string;
  hint?: string;
  /** The account's current password (the browser may fill it in); otherwise a new secret. */
  current?: boolean;
};

/** A hidden input for a password, token or secret. */
export function PasswordField({ current, ...field }: PasswordFieldProps) {
  return (
    <TextField
      type="password"
      autoComplete={current ? "current-password" : "new-password"}
      {...field}
    />
  );
}

export const newPasswordHint = "At least 8 characters.";

interface NewPasswordFieldsProps {
  form: { field: (name: "password" | "confirm") => FieldProps<string> };
}

/** The new password typed twice, so that a typo does not lock the person out. */
export function NewPasswordFields({ form }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordField label="New password" hint={newPasswordHint} {...form.field("password")} />
      <PasswordField label="Repeat the new password" {...form.field("confirm")} />
    </>
  );
}

/** The issue a form adds when the repeated password differs (none while the first is empty). */
export function confirmIssues(values: unknown) {
  const { password, confirm } = values as { password?: string; confirm?: string };
  return password && confirm !== password
    ? [{ path: ["confirm"], message: "The two passwords do not match" }]
    : [];
}
