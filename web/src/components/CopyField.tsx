import clsx from "clsx";
import { Check, Copy } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "./Button";
import { fieldClass } from "./Field";

interface CopyFieldProps {
  label: string;
  value: string;
  testId?: string;
  /** Called once the value is on the clipboard (e.g. to show a toast). */
  onCopied?: () => void;
}

/** A read-only value (a URL, a token) with a Copy button that says "Copied" for a moment. */
export function CopyField({ label, value, testId, onCopied }: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
      onCopied?.();
    } catch {
      // No clipboard access (e.g. not a secure origin): select it for Ctrl+C instead.
      input.current?.focus();
      input.current?.select();
      setState("failed");
    }
  };

  return (
    <div data-testid={testId}>
      <label htmlFor={id} className="block text-xs font-medium text-gray-700">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className={clsx(
            fieldClass,
            "min-w-0 font-mono text-xs ring-gray-300 focus:ring-emerald-600",
          )}
        />
        <Button
          variant="secondary"
          className="shrink-0"
          onClick={copy}
          icon={
            state === "copied" ? (
              <Check className="size-4 text-emerald-600" aria-hidden />
            ) : (
              <Copy className="size-4" aria-hidden />
            )
          }
        >
          <span aria-live="polite">{state === "copied" ? "Copied" : "Copy"}</span>
          <span className="sr-only"> {label}</span>
        </Button>
      </div>
      {state === "failed" && (
        <p className="mt-1 text-xs text-gray-600">Could not copy: press Ctrl+C (⌘C) to copy it.</p>
      )}
    </div>
  );
}
