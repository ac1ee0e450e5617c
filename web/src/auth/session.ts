import type { User } from "@helios/contracts";

/** What the browser keeps about the signed-in user (localStorage, shared by tabs). */
export interface Session {
  token: string;
  user: User;
}

/**
 * Why the last session ended: the user signed out (here, or everywhere), or the API refused the
 * token (401: it expired, or it was ended elsewhere — sign-out everywhere, a password change).
 */
export type SessionEnd = "signed-out" | "signed-out-everywhere" | "expired";

const SESSION_KEY = "helios.session";

type Listener = () => void;
const listeners = new Set<Listener>();

let current: Session | null = read();
let lastEnd: SessionEnd | null = null;

function read(): Session | null {
  try {
    const raw = window.localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isSession(value) ? value : null;
  } catch {
    return null;
  }
}

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const { token, user } = value as Partial<Session>;
  return (
    typeof token === "string" &&
    typeof user === "object" &&
    user !== null &&
    typeof user.id === "string" &&
    typeof user.email === "string" &&
    typeof user.name === "string"
  );
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  return current;
}

export function getToken(): string | null {
  return current?.token ?? null;
}

export function sessionEnd(): SessionEnd | null {
  return lastEnd;
}

export function setSession(session: Session): void {
  current = session;
  lastEnd = null;
  try {
    window.localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Private mode or full storage: the session lives for this tab only.
  }
  emit();
}

export function clearSession(reason: SessionEnd): void {
  if (!current) return;
  current = null;
  lastEnd = reason;
  try {
    window.localStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing stored.
  }
  emit();
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Another tab signed in or out: follow it. */
window.addEventListener("storage", (event) => {
  if (event.key !== SESSION_KEY && event.key !== null) return;
  const next = read();
  if (next?.token === current?.token) return;
  if (!next && current) lastEnd = "signed-out";
  current = next;
  emit();
});
