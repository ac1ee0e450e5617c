import { type KeyboardEvent, type RefObject, useEffect, useRef } from "react";

const step: Record<string, 1 | -1> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest("input, textarea, select, dialog, [role='menu'], [role='dialog']") !== null
  );
}

/**
 * ↑/↓ (and j/k) move through the list and open the conversation there; j/k work from anywhere
 * not typing. Opening a chat focuses its composer: after a move by key, focus comes back to the
 * row (until the next click or other key), so the next key moves on.
 */
export function useListKeys(
  list: RefObject<HTMLElement | null>,
  ids: readonly string[],
  selectedId: string | undefined,
  open: (id: string) => void,
) {
  const restoreTo = useRef<string | null>(null);
  const latest = useRef({ ids, selectedId, open });
  latest.current = { ids, selectedId, open };

  const focusRow = (id: string) =>
    list.current
      ?.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(id)}"] [data-row-link]`)
      ?.focus();

  const move = (from: string | undefined, by: 1 | -1) => {
    const { ids, open } = latest.current;
    const at = from === undefined ? -1 : ids.indexOf(from);
    const index = at === -1 ? (by === 1 ? 0 : ids.length - 1) : at + by;
    const next = ids[Math.min(ids.length - 1, Math.max(0, index))];
    if (next === undefined) return;
    if (next !== from) {
      restoreTo.current = next;
      open(next);
    }
    focusRow(next);
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const by = step[event.key];
      if (by === undefined) {
        restoreTo.current = null;
        return;
      }
      const outsideList = !list.current?.contains(event.target as Node);
      if (event.key.length > 1 || !outsideList || isTyping(event.target)) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      move(latest.current.selectedId, by);
    };
    const onFocus = (event: FocusEvent) => {
      const id = restoreTo.current;
      const target = event.target as HTMLElement;
      if (!id || !target.closest?.("[data-testid='chat']")) return;
      restoreTo.current = null;
      focusRow(id);
    };
    const forget = () => {
      restoreTo.current = null;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("focusin", onFocus);
    document.addEventListener("pointerdown", forget);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("pointerdown", forget);
    };
  });

  /** The list's own handler: arrows and j/k from a focused row. */
  return (event: KeyboardEvent) => {
    const by = step[event.key];
    if (by === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    const row = (event.target as HTMLElement).closest<HTMLElement>("[data-conversation-id]");
    move(row?.dataset.conversationId ?? latest.current.selectedId, by);
  };
}
