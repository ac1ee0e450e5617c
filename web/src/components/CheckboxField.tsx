import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from "react";
import type { Form } from "../forms/use-form";
import { FieldMessage } from "./Field";

interface CheckboxFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "onChange"> {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label beside it and a hint (or its validation message) underneath. */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  error,
  className,
  ref,
  ...input
}: CheckboxFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={className}>
      <div className="flex items-start gap-2.5">
        <input
          id={id}
          ref={ref}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || hint ? messageId : undefined}
          className="mt-0.5 size-4 shrink-0 rounded border-gray-300 accent-emerald-600"
          {...input}
        />
        <div className="min-w-0">
          <label htmlFor={id} className="block text-sm font-medium text-gray-800">
            {label}
          </label>
          <FieldMessage id={messageId} error={error} hint={hint} gap="mt-0.5" />
        </div>
      </div>
    </div>
  );
}

interface FlagFieldProps<K extends string> {
  /** A form whose `name` field holds "true" or "" (form values are strings). */
  form: Form<K, unknown>;
  name: K;
  label: string;
  hint: ReactNode;
}

/** A checkbox bound to a yes/no field of a form. */
export function FlagField<K extends string>({ form, name, label, hint }: FlagFieldProps<K>) {
  const field = form.field(name);
  return (
    <CheckboxField
      label={label}
      hint={hint}
      checked={field.value === "true"}
      onChange={(checked) => form.setValue(name, checked ? "true" : "")}
      error={field.error}
      ref={field.ref}
    />
  );
}
