import clsx from "clsx";
import type { FormEvent, ReactNode } from "react";
import { Alert } from "./Alert";
import { Button } from "./Button";
import { Dialog } from "./Dialog";

interface FormBoxProps {
  /** The form's accessible name ("Change password"). */
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** What went wrong for the whole form (`useForm`'s `formError`), shown above the buttons. */
  error?: ReactNode;
  /** The buttons under the fields. */
  actions: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A form validated by our code (not the browser's bubbles): its fields, its error, its buttons. */
export function FormBox({
  label,
  onSubmit,
  error,
  actions,
  className = "space-y-4",
  children,
}: FormBoxProps) {
  return (
    <form noValidate aria-label={label} className={className} onSubmit={onSubmit}>
      {children}
      {error ? <Alert>{error}</Alert> : null}
      {actions}
    </form>
  );
}

interface DialogActionsProps {
  onCancel: () => void;
  pending: boolean;
  disabled?: boolean;
  /** A button that does it on click (red: it destroys something) instead of submitting a form. */
  onConfirm?: () => void;
  /** Names what the main button does ("Send invitation"). */
  children: ReactNode;
  className?: string;
}

/**
 * A dialog's Cancel and main buttons, at the end of the row: they stick to the bottom of the
 * dialog's scrolling body, so a long form on a short screen never hides them.
 */
export function DialogActions({
  onCancel,
  pending,
  disabled,
  onConfirm,
  children,
  className,
}: DialogActionsProps) {
  return (
    <div
      className={clsx(
        // The top margin keeps the last field clear of the bar once it sticks.
        "sticky bottom-0 z-10 -mx-5 -mb-4 mt-4 flex justify-end gap-2 border-t border-gray-100 bg-white px-5 py-4",
        className,
      )}
    >
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      <Button
        type={onConfirm ? "button" : "submit"}
        variant={onConfirm ? "danger" : "primary"}
        pending={pending}
        disabled={disabled}
        onClick={onConfirm}
      >
        {children}
      </Button>
    </div>
  );
}

/** The full-width submit button of a single-column form (sign in, create account). */
export function WideSubmit({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <Button type="submit" className="w-full" pending={pending}>
      {children}
    </Button>
  );
}

interface SubmitProps {
  pending: boolean;
  disabled?: boolean;
  children: ReactNode;
}

/** The submit button of a settings form, at the end of the row. */
export function EndSubmit({ pending, disabled, children }: SubmitProps) {
  return (
    <div className="flex justify-end">
      <Button type="submit" pending={pending} disabled={disabled}>
        {children}
      </Button>
    </div>
  );
}

interface DialogFormProps {
  /** The dialog's title, and the form's accessible name. */
  title: string;
  description: ReactNode;
  testId: string;
  size?: "md" | "lg";
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  error?: ReactNode;
  pending: boolean;
  /** Names what the submit button does ("Add member"). */
  submitLabel: string;
  children: ReactNode;
}

/** A dialog that is one form: its fields, its error, Cancel and the submit button. */
export function DialogForm({
  title,
  description,
  testId,
  size,
  onClose,
  onSubmit,
  error,
  pending,
  submitLabel,
  children,
}: DialogFormProps) {
  return (
    <Dialog title={title} description={description} onClose={onClose} testId={testId} size={size}>
      <FormBox
        label={title}
        onSubmit={onSubmit}
        error={error}
        actions={
          <DialogActions onCancel={onClose} pending={pending}>
            {submitLabel}
          </DialogActions>
        }
      >
        {children}
      </FormBox>
    </Dialog>
  );
}
