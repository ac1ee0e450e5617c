import { SendMessageBody } from "@helios/contracts";
import clsx from "clsx";
import { FileText, SendHorizontal } from "lucide-react";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Button } from "../../components/Button";
import { fieldClass } from "../../components/Field";

/** Shown only inside the 24-hour window; outside it the template picker takes its place. */
interface ComposerProps {
  onSend: (text: string) => void;
  /** Opens the template picker instead of free text. */
  onTemplates?: () => void;
}

/** The message box: Enter sends, Shift+Enter starts a new line. Focused when the chat opens. */
export function Composer({ onSend, onTemplates }: ComposerProps) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const noteId = useId();

  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = () => {
    if (!text.trim()) return;
    const parsed = SendMessageBody.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "This message cannot be sent");
      return;
    }
    if (!("text" in parsed.data)) return;
    onSend(parsed.data.text);
    setText("");
    setError(null);
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };

  return (
    <form
      className="border-t border-gray-200 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {error && (
        <p id={noteId} data-testid="composer-error" className="mb-2 text-xs text-red-600">
          {error}
        </p>
      )}
      <div className="flex items-end gap-2">
        <label htmlFor={`${noteId}-input`} className="sr-only">
          Message
        </label>
        <textarea
          id={`${noteId}-input`}
          ref={input}
          rows={1}
          value={text}
          placeholder="Write a message…"
          aria-describedby={error ? noteId : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          className={clsx(
            fieldClass,
            "field-sizing-content max-h-40 min-h-10 resize-none ring-gray-300 focus:ring-emerald-600",
          )}
        />
        {onTemplates && (
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
          icon={<SendHorizontal className="size-4" aria-hidden />}
        >
          Send
        </Button>
      </div>
    </form>
  );
}
