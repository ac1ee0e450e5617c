import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from "react";

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
          {error ? (
            <p id={messageId} className="mt-0.5 text-sm text-red-600">
              {error}
            </p>
          ) : hint ? (
            <p id={messageId} className="mt-0.5 text-xs text-gray-500">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
