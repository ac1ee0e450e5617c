import { type KeyboardEvent, useState } from "react";

interface ListNavigation<T> {
  items: readonly T[];
  onPick: (item: T) => void;
  onClose: () => void;
  /** Tab picks too (the composer's pickers), instead of moving focus on. */
  tabPicks?: boolean;
}

/**
 * The keyboard of a list of choices whose focus stays elsewhere (a field): ↑/↓ move the active
 * choice (wrapping), Enter (and Tab when asked) picks it, Esc closes. `onKeyDown` answers whether
 * it used the key, so the field can keep its own for the rest.
 */
export function useListNavigation<T>({ items, onPick, onClose, tabPicks }: ListNavigation<T>) {
  const [active, setActive] = useState(0);
  const current = items.length === 0 ? -1 : Math.min(active, items.length - 1);

  const onKeyDown = (event: KeyboardEvent): boolean => {
    const count = items.length;
    const move = (by: number) => setActive((current + by + count) % count);
    if (event.key === "Escape") {
      onClose();
    } else if (event.key === "ArrowDown" && count > 0) {
      move(1);
    } else if (event.key === "ArrowUp" && count > 0) {
      move(-1);
    } else if ((event.key === "Enter" || (tabPicks && event.key === "Tab")) && current >= 0) {
      const item = items[current];
      if (item === undefined) return false;
      onPick(item);
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  return { active: current, setActive, onKeyDown };
}
