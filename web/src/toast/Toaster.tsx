import clsx from "clsx";
import { CircleCheck, Info, TriangleAlert, X } from "lucide-react";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { dismissToast, getToasts, subscribeToasts } from "./toast-store";

const icons = { success: CircleCheck, info: Info, error: TriangleAlert } as const;
const tints = { success: "text-emerald-400", info: "text-sky-300", error: "text-red-400" } as const;

/**
 * The toasts, bottom right (bottom centre on a phone), announced politely to screen readers. The
 * region is a manual popover so that it shows above an open modal dialog (both live in the top
 * layer, the latest shown on top), e.g. "Link copied" while the invitation dialog is open.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getToasts);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = region.current;
    if (!element || typeof element.showPopover !== "function") return;
    const open = element.matches(":popover-open");
    if (open) element.hidePopover();
    if (toasts.length > 0) element.showPopover();
  }, [toasts]);

  return (
    <div
      ref={region}
      popover="manual"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 top-auto bottom-0 m-0 flex w-full max-w-none flex-col items-center gap-2 overflow-visible border-0 bg-transparent p-4 sm:items-end"
    >
      {toasts.map((toast) => {
        const Icon = icons[toast.tone];
        return (
          <div
            key={toast.id}
            role="status"
            data-testid="toast"
            data-tone={toast.tone}
            className="pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg bg-gray-900 px-4 py-3 text-sm text-white shadow-lg"
          >
            <Icon className={clsx("mt-0.5 size-4 shrink-0", tints[toast.tone])} aria-hidden />
            <p className="min-w-0 flex-1 break-words">{toast.message}</p>
            <button
              type="button"
              onClick={() => dismissToast(toast.id)}
              aria-label="Dismiss"
              className="-m-1 rounded p-1 text-gray-400 hover:bg-white/10 hover:text-white"
            >
              <X className="size-4" aria-hidden />
            </button>
          </div>
        );
      })}
    </div>
  );
}
