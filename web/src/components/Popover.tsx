import clsx from "clsx";
import { type ReactNode, type RefObject, useEffect, useRef } from "react";

interface PopoverProps {
  label: string;
  onClose: () => void;
  /** What opened it: a click there is its own toggle, not "outside". */
  anchor: RefObject<HTMLElement | null>;
  children: ReactNode;
  align?: "start" | "end";
  className?: string;
  testId?: string;
}

/**
 * A panel under its button that closes on Esc or a click elsewhere and gives focus back to the
 * button. On a phone it is a sheet at the bottom of the screen, so it never overflows sideways.
 */
export function Popover({
  label,
  onClose,
  anchor,
  children,
  align,
  className,
  testId,
}: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const button = anchor.current;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (ref.current?.contains(target) || button?.contains(target)) return;
      onCloseRef.current();
    };
    document.addEventListener("pointerdown", outside);
    return () => {
      document.removeEventListener("pointerdown", outside);
      // Focus was inside (now gone with it): back to the button, not lost on the page.
      if (document.activeElement === document.body) button?.focus();
    };
  }, [anchor]);

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        onCloseRef.current();
      }}
      className={clsx(
        "z-30 rounded-lg bg-white shadow-lg ring-1 ring-gray-200",
        "max-sm:fixed max-sm:inset-x-3 max-sm:bottom-3 max-sm:max-h-[70dvh] max-sm:overflow-y-auto",
        "sm:absolute sm:top-full sm:mt-1 sm:w-72",
        align === "end" ? "sm:right-0" : "sm:left-0",
        className,
      )}
    >
      {children}
    </div>
  );
}
