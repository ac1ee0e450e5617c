import clsx from "clsx";
import { type ReactNode, useId } from "react";

export const fieldClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-gray-900 shadow-sm ring-1 ring-inset placeholder:text-gray-400 focus:ring-2 focus:ring-inset focus:outline-none disabled:bg-gray-50 disabled:text-gray-500";

/** What a field gives its control: the label's target, the message's link, and the look. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A label, one control (input, select, textarea), and its validation message or hint under it. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error || hint ? messageId : undefined,
        className: clsx(
          "mt-1",
          fieldClass,
          error ? "ring-red-400 focus:ring-red-500" : "ring-gray-300 focus:ring-emerald-600",
        ),
      })}
      <FieldMessage id={messageId} error={error} hint={hint} />
    </div>
  );
}

interface FieldMessageProps {
  /** Named by the control's `aria-describedby`. */
  id: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** The space above it: `mt-1` under an input, `mt-0.5` under a checkbox's label. */
  gap?: "mt-1" | "mt-0.5";
}

/** Under a control: its validation message, else its hint, else nothing. */
export function FieldMessage({ id, error, hint, gap = "mt-1" }: FieldMessageProps) {
  if (error) {
    return (
      <p id={id} className={`${gap} text-sm text-red-600`}>
        {error}
      </p>
    );
  }
  if (!hint) return null;
  return (
    <p id={id} className={`${gap} text-xs text-gray-500`}>
      {hint}
    </p>
  );
}
