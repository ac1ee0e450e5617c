import { useSyncExternalStore } from "react";

/**
 * Workspaces whose access ended while open in this tab (the server closed the live connection and
 * refused a new ticket): the shell says so instead of a generic "not a member" page.
 */
const ended = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function emit(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function markAccessEnded(slug: string): void {
  if (ended.has(slug)) return;
  ended.add(slug);
  emit();
}

/** Joined again (an invitation accepted), or the person wants to check once more. */
export function clearAccessEnded(slug?: string): void {
  if (slug === undefined ? ended.size === 0 : !ended.has(slug)) return;
  if (slug === undefined) ended.clear();
  else ended.delete(slug);
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAccessEnded(slug: string | undefined): boolean {
  useSyncExternalStore(subscribe, () => version);
  return slug !== undefined && ended.has(slug);
}
