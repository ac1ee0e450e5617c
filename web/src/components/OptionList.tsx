import clsx from "clsx";
import type { KeyboardEvent, ReactNode } from "react";

interface OptionListProps<T> {
  /** The listbox's id; option `i` is `${id}-${i}` (for the field's aria-activedescendant). */
  id: string;
  label: string;
  items: readonly T[];
  active: number;
  onActive: (index: number) => void;
  onPick: (item: T) => void;
  itemKey: (item: T) => string;
  children: (item: T, active: boolean) => ReactNode;
  className?: string;
  testId?: string;
  /** The list holds focus itself (no field drives it): it takes the keys, focused when shown. */
  onKeyDown?: (event: KeyboardEvent) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/**
 * The choices of a picker as a listbox. Focus stays in the field that drives it (see
 * `useListNavigation`); a click picks without taking focus from that field.
 */
export function OptionList<T>(props: OptionListProps<T>) {
  const { id, label, items, active, onActive, onPick, itemKey, children, className, testId } =
    props;
  const { onKeyDown } = props;
  const focusable = onKeyDown
    ? {
        tabIndex: 0,
        onKeyDown,
        "aria-activedescendant": active >= 0 ? optionId(id, active) : undefined,
        ref: (node: HTMLDivElement | null) => node?.focus(),
      }
    : {};
  return (
    <div
      id={id}
      role="listbox"
      aria-label={label}
      data-testid={testId}
      {...focusable}
      className={clsx(
        "max-h-60 overflow-y-auto py-1 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600",
        className,
      )}
    >
      {items.map((item, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the field that owns focus handles the keys
        <div
          key={itemKey(item)}
          id={optionId(id, index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === active}
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => {
            if (index !== active) onActive(index);
          }}
          onClick={() => onPick(item)}
          className={clsx(
            "flex cursor-pointer items-center gap-2 px-3 py-2 text-sm",
            index === active ? "bg-emerald-50 text-gray-900" : "text-gray-700",
          )}
        >
          {children(item, index === active)}
        </div>
      ))}
    </div>
  );
}
