import { useSyncExternalStore } from "react";

/**
 * Conversations deleted while the app was open (by anyone: a realtime event or this user), so
 * that an open chat says so instead of failing on its next request.
 */
const deleted = new Set<string>();
const listeners = new Set<() => void>();

function keyOf(tenant: string, id: string): string {
  return `${tenant}/${id}`;
}

export function markConversationDeleted(tenant: string, id: string): void {
  const key = keyOf(tenant, id);
  if (deleted.has(key)) return;
  deleted.add(key);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConversationDeleted(tenant: string, id: string): boolean {
  const key = keyOf(tenant, id);
  const read = () => deleted.has(key);
  return useSyncExternalStore(subscribe, read, read);
}
