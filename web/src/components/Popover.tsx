import clsx from "clsx";
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";

interface PopoverProps {
  /** The button's content; `label` names it when that content is only an icon. */
  trigger: ReactNode;
  label?: string;
  triggerClassName?: string;
  /** Which edge of the button the panel lines up with. */
  align?: "start" | "end";
  /** `menu` for a list of actions (arrow keys move between them), else a panel of fields. */
  role?: "menu" | "dialog";
  testId?: string;
  children: (close: () => void) => ReactNode;
}

const items = '[role="menuitem"]:not([disabled])';

/**
 * A button that opens a small panel beneath it: Esc or a click elsewhere closes it and focus goes
 * back to the button. As a menu, ↑/↓ move between its items.
 */
export function Popover(props: PopoverProps) {
  const { trigger, label, triggerClassName, align = "start", role = "dialog", testId } = props;
  const { children } = props;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const buttonId = useId();

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const first = panel.current?.querySelector<HTMLElement>(
      role === "menu" ? items : "input, select, button",
    );
    first?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open, role]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
      return;
    }
    if (role !== "menu" || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    event.preventDefault();
    const all = [...(panel.current?.querySelectorAll<HTMLElement>(items) ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const step = event.key === "ArrowDown" ? 1 : -1;
    all[(at + step + all.length) % all.length]?.focus();
  };

  const panelProps = {
    ref: panel,
    id: panelId,
    onKeyDown,
    "data-testid": testId,
    className: clsx(
      "absolute top-full z-30 mt-1 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-gray-200 bg-white p-1 shadow-lg",
      align === "end" ? "right-0" : "left-0",
    ),
  };

  return (
    <div className="relative">
      <button
        ref={button}
        id={buttonId}
        onKeyDown={onKeyDown}
        type="button"
        aria-label={label}
        aria-haspopup={role}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
        className={clsx(
          "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600",
          triggerClassName,
        )}
      >
        {trigger}
      </button>
      {open &&
        (role === "menu" ? (
          <div role="menu" aria-labelledby={buttonId} {...panelProps}>
            {children(close)}
          </div>
        ) : (
          <div role="dialog" aria-labelledby={buttonId} {...panelProps}>
            {children(close)}
          </div>
        ))}
    </div>
  );
}

/** One action of a menu popover. */
export function MenuItem({
  onSelect,
  children,
  testId,
}: {
  onSelect: () => void;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      data-testid={testId}
      onClick={onSelect}
      className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-gray-800 hover:bg-gray-100 focus-visible:bg-gray-100 focus-visible:outline-2 focus-visible:outline-emerald-600"
    >
      {children}
    </button>
  );
}
