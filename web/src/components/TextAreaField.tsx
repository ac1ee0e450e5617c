import clsx from "clsx";
import type { Ref, TextareaHTMLAttributes } from "react";
import { Field } from "./Field";

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> {
  label: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input with its validation message (or a hint) underneath. */
export function TextAreaField({
  label,
  error,
  hint,
  className,
  ref,
  rows = 4,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <textarea
          ref={ref}
          rows={rows}
          {...control}
          className={clsx("resize-y", control.className)}
          {...textarea}
        />
      )}
    </Field>
  );
}
