import clsx from "clsx";
import { type Ref, type TextareaHTMLAttributes, useId } from "react";
import { fieldClass } from "./TextField";

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
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        className={clsx(
          "mt-1 resize-y",
          fieldClass,
          error ? "ring-red-400 focus:ring-red-500" : "ring-gray-300 focus:ring-emerald-600",
        )}
        {...textarea}
      />
      {error ? (
        <p id={messageId} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p id={messageId} className="mt-1 text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
