import clsx from "clsx";
import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { Field } from "./Field";

export interface SelectOption {
  value: string;
  label: string;
  /** Shown but not selectable (e.g. a number already connected). */
  disabled?: boolean;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  label: string;
  options: readonly SelectOption[];
  error?: string;
  hint?: ReactNode;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled native select with its validation message (or a hint) underneath. */
export function SelectField({
  label,
  options,
  error,
  hint,
  className,
  ref,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <select ref={ref} {...control} className={clsx("pr-8", control.className)} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
