import clsx from "clsx";
import { X } from "lucide-react";
import { type KeyboardEvent, type Ref, useId, useState } from "react";
import { FieldMessage } from "./Field";

interface TagInputProps {
  label: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  disabled?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** Adds the words of `text` that are not there yet (compared without case). */
function addTags(tags: readonly string[], text: string): string[] {
  const next = [...tags];
  for (const part of text.split(",")) {
    const tag = part.trim();
    if (tag && !next.some((t) => t.toLowerCase() === tag.toLowerCase())) next.push(tag);
  }
  return next;
}

/**
 * A list of words: type one and press Enter or comma to add it, Backspace in the empty input
 * removes the last one, and each has its own remove button. A word left typed is added on blur.
 */
export function TagInput({
  label,
  tags,
  onChange,
  error,
  hint,
  placeholder,
  disabled,
  ref,
}: TagInputProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const [draft, setDraft] = useState("");

  const commit = (text: string) => {
    setDraft("");
    const next = addTags(tags, text);
    if (next.length !== tags.length) onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "Enter" || event.key === ",") && draft.trim()) {
      event.preventDefault();
      commit(draft);
    } else if (event.key === ",") {
      event.preventDefault();
    } else if (event.key === "Backspace" && draft === "" && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <div
        className={clsx(
          "mt-1 flex flex-wrap items-center gap-1.5 rounded-md bg-white px-2 py-1.5 shadow-sm ring-1 ring-inset focus-within:ring-2",
          error
            ? "ring-red-400 focus-within:ring-red-500"
            : "ring-gray-300 focus-within:ring-emerald-600",
          disabled && "bg-gray-50",
        )}
      >
        {tags.length > 0 && (
          <ul className="contents">
            {tags.map((tag) => (
              <li
                key={tag}
                data-testid="tag"
                className="inline-flex items-center gap-1 rounded bg-emerald-50 py-0.5 pr-1 pl-2 text-sm text-emerald-900 ring-1 ring-emerald-600/20 ring-inset"
              >
                {tag}
                {!disabled && (
                  <button
                    type="button"
                    onClick={() => onChange(tags.filter((t) => t !== tag))}
                    aria-label={`Remove ${tag}`}
                    className="rounded p-0.5 text-emerald-700 hover:bg-emerald-100"
                  >
                    <X className="size-3.5" aria-hidden />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          ref={ref}
          value={draft}
          disabled={disabled}
          placeholder={tags.length === 0 ? placeholder : undefined}
          autoComplete="off"
          enterKeyHint="done"
          aria-invalid={error ? true : undefined}
          aria-describedby={error || hint ? messageId : undefined}
          onChange={(event) => {
            const text = event.target.value;
            // A pasted "refund, manager" adds both; a trailing word stays to be finished.
            if (text.includes(",")) {
              const cut = text.lastIndexOf(",");
              onChange(addTags(tags, text.slice(0, cut)));
              setDraft(text.slice(cut + 1).trimStart());
            } else {
              setDraft(text);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft.trim()) commit(draft);
          }}
          className="min-w-32 flex-1 border-0 bg-transparent px-1 py-0.5 text-sm text-gray-900 placeholder:text-gray-400 focus:outline-none"
        />
      </div>
      <FieldMessage id={messageId} error={error} hint={hint} />
    </div>
  );
}
