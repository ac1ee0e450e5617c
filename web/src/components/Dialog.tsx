import clsx from "clsx";
import { X } from "lucide-react";
import { type ReactNode, useEffect, useId, useRef } from "react";

interface DialogProps {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Test id of the dialog element. */
  testId?: string;
  /** `lg` for longer forms. */
  size?: "md" | "lg";
}

const focusable =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]):not([data-dialog-close]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (native `<dialog>` opened with `showModal()`: the rest of the page is inert, so
 * focus stays inside). Mount it to open it. Focuses the first field, Esc closes, and focus returns
 * to what had it before.
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
  testId,
  size = "md",
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === "function") {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute("open", "");
    }
    dialog.querySelector<HTMLElement>(focusable)?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === "function") dialog.close();
      previous?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onCancel={(event) => {
        // Esc: let React unmount the dialog instead of the browser closing it.
        event.preventDefault();
        onCloseRef.current();
      }}
      onClose={() => {
        // The browser closed it (Esc without a cancelable `cancel`). Ignore the late `close` event
        // of our own `close()` on unmount (ref gone) or in a StrictMode re-mount (open again).
        const dialog = ref.current;
        if (dialog && !dialog.open) onCloseRef.current();
      }}
      // A column as high as the screen allows: the header stays, the body scrolls, and the
      // body's actions stick to its bottom edge (see DialogActions), even on a short phone.
      className={clsx(
        "m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] flex-col overflow-hidden rounded-xl bg-white p-0 text-gray-900 shadow-xl open:flex",
        size === "lg" ? "max-w-xl" : "max-w-md",
      )}
    >
      <div className="flex shrink-0 items-start justify-between gap-4 border-b border-gray-100 px-5 py-4">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="mt-1 text-sm text-gray-600">
              {description}
            </div>
          )}
        </div>
        <button
          type="button"
          data-dialog-close
          onClick={() => onCloseRef.current()}
          className="-m-1 rounded-md p-1 text-gray-500 hover:bg-gray-100 hover:text-gray-800"
          aria-label="Close"
        >
          <X className="size-5" aria-hidden />
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4" data-dialog-body>
        {children}
      </div>
    </dialog>
  );
}
