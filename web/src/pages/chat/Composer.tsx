import { NoteBody, SendMessageBody } from "@helios/contracts";
import clsx from "clsx";
import { FileText, Lock, SendHorizontal } from "lucide-react";
import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { errorMessage } from "../../api/api-error";
import { Button } from "../../components/Button";
import { fieldClass } from "../../components/Field";
import { optionId } from "../../components/OptionList";
import type { Trigger } from "./composer-trigger";
import { replaceTrigger } from "./composer-trigger";
import { SuggestionList } from "./SuggestionList";
import { useSuggestions } from "./use-suggestions";

export type ComposerMode = "reply" | "note";

interface ComposerProps {
  mode: ComposerMode;
  /** Whose name `{{customer.name}}` in a saved reply becomes. */
  customer: { name: string };
  /** A reply: shown at once (optimistic), so the box empties at once. */
  onSend: (text: string) => void;
  /** A note: the box empties once the server kept it, and keeps the text if it did not. */
  onNote: (text: string) => Promise<unknown>;
  /** Opens the template picker instead of free text (replies only). */
  onTemplates?: (() => void) | undefined;
}

/** The first problem with `text` as a reply or a note, or its trimmed form. */
function validate(mode: ComposerMode, text: string): { text: string } | { error: string } {
  const parsed =
    mode === "note" ? NoteBody.safeParse({ text }) : SendMessageBody.safeParse({ text });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "This cannot be sent" };
  return "text" in parsed.data ? { text: parsed.data.text } : { error: "Write a message first" };
}

/**
 * The message box: Enter sends, Shift+Enter starts a new line; `/` offers the saved replies and,
 * in a note, `@` the members. Focused when the chat opens.
 */
export function Composer({ mode, customer, onSend, onNote, onTemplates }: ComposerProps) {
  const [text, setText] = useState("");
  const [caret, setCaret] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const placeCaret = useRef<number | null>(null);
  const noteId = useId();
  const listId = useId();
  const note = mode === "note";

  const suggestions = useSuggestions({
    text,
    caret,
    mentions: note,
    customer,
    onInsert: (trigger: Trigger, insert: string) => {
      const next = replaceTrigger(text, caret, trigger, insert);
      setText(next.text);
      setCaret(next.caret);
      placeCaret.current = next.caret;
    },
  });
  const picking = suggestions.trigger !== null;

  // Focused when the chat opens, and on switching between a reply and a note.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the mode is the trigger
  useEffect(() => {
    input.current?.focus();
  }, [mode]);
  useLayoutEffect(() => {
    if (placeCaret.current === null) return;
    input.current?.setSelectionRange(placeCaret.current, placeCaret.current);
    input.current?.focus();
    placeCaret.current = null;
  });

  const submit = () => {
    if (!text.trim() || pending) return;
    const checked = validate(mode, text);
    if ("error" in checked) {
      setError(checked.error);
      return;
    }
    setError(null);
    if (!note) {
      onSend(checked.text);
      setText("");
      input.current?.focus();
      return;
    }
    setPending(true);
    onNote(checked.text)
      .then(() => setText(""))
      .catch((failure: unknown) => setError(`The note was not saved: ${errorMessage(failure)}`))
      .finally(() => {
        setPending(false);
        input.current?.focus();
      });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (picking && suggestions.nav.onKeyDown(event)) return;
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };
  const track = (element: HTMLTextAreaElement) => setCaret(element.selectionStart ?? 0);
  const active = picking && suggestions.items.length > 0 ? suggestions.nav.active : -1;

  return (
    <form
      className="relative p-3"
      data-testid="composer"
      data-mode={mode}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <SuggestionList id={listId} suggestions={suggestions} />
      {note && (
        <p
          className="mb-2 flex items-center gap-1.5 text-xs font-medium text-amber-900"
          data-testid="note-hint"
        >
          <Lock className="size-3.5" aria-hidden />
          Private note — only your team sees this. Type @ to mention someone.
        </p>
      )}
      {error && (
        <p id={noteId} data-testid="composer-error" className="mb-2 text-xs text-red-600">
          {error}
        </p>
      )}
      <div className="flex items-end gap-2">
        <label htmlFor={`${noteId}-input`} className="sr-only">
          {note ? "Private note" : "Message"}
        </label>
        <textarea
          id={`${noteId}-input`}
          ref={input}
          rows={1}
          value={text}
          placeholder={note ? "Write a note for your team…" : "Write a message…"}
          aria-describedby={error ? noteId : undefined}
          aria-invalid={error ? true : undefined}
          aria-autocomplete="list"
          aria-controls={picking ? listId : undefined}
          aria-activedescendant={active >= 0 ? optionId(listId, active) : undefined}
          onChange={(event) => {
            setText(event.target.value);
            track(event.target);
            suggestions.reset();
            if (error) setError(null);
          }}
          onSelect={(event) => track(event.currentTarget)}
          onKeyDown={onKeyDown}
          className={clsx(
            fieldClass,
            "field-sizing-content max-h-40 min-h-10 resize-none",
            note ? "ring-amber-300 focus:ring-amber-600" : "ring-gray-300 focus:ring-emerald-600",
          )}
        />
        {onTemplates && !note && (
          <Button
            variant="secondary"
            onClick={onTemplates}
            aria-label="Send a template"
            title="Send a template"
            icon={<FileText className="size-4" aria-hidden />}
            data-testid="composer-templates"
          />
        )}
        <Button
          type="submit"
          disabled={!text.trim()}
          pending={pending}
          variant={note ? "note" : "primary"}
          icon={<SendHorizontal className="size-4" aria-hidden />}
        >
          <span className="whitespace-nowrap">{note ? "Add note" : "Send"}</span>
        </Button>
      </div>
    </form>
  );
}
