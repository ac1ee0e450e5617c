/** Short confirmations ("Invitation sent") shown in a corner for a few seconds, from anywhere. */
export interface Toast {
  id: number;
  message: string;
  tone: "success" | "info" | "error";
}

type Listener = () => void;
const listeners = new Set<Listener>();
let toasts: readonly Toast[] = [];
let nextId = 1;

/** How long a toast stays; long enough to read a sentence, short enough not to pile up. */
export const toastDurationMs = 5_000;

function emit(): void {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number): void {
  const next = toasts.filter((toast) => toast.id !== id);
  if (next.length === toasts.length) return;
  toasts = next;
  emit();
}

function show(message: string, tone: Toast["tone"]): void {
  const id = nextId++;
  // At most three at once: the oldest gives way.
  toasts = [...toasts.slice(-2), { id, message, tone }];
  emit();
  window.setTimeout(() => dismissToast(id), toastDurationMs);
}

export const toast = {
  success: (message: string) => show(message, "success"),
  info: (message: string) => show(message, "info"),
  /** A change that did not go through (and was undone on screen): what to do is in the text. */
  error: (message: string) => show(message, "error"),
};

export function getToasts(): readonly Toast[] {
  return toasts;
}

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
