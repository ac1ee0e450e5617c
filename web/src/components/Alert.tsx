import clsx from "clsx";
import { TriangleAlert, X } from "lucide-react";
import type { ReactNode } from "react";

interface AlertProps {
  children: ReactNode;
  onDismiss?: () => void;
  className?: string;
}

/** An error message for a whole form or page section, announced to screen readers. */
export function Alert({ children, onDismiss, className }: AlertProps) {
  return (
    <div
      role="alert"
      className={clsx(
        "flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800",
        className,
      )}
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1">{children}</div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          className="rounded p-0.5 text-red-700 hover:bg-red-100"
          aria-label="Dismiss"
        >
          <X className="size-4" aria-hidden />
        </button>
      )}
    </div>
  );
}
