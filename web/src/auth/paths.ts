/** Paths of the signed-out pages and the app, and the safe handling of `?next=`. */

export function tenantHome(slug: string): string {
  return `/app/${encodeURIComponent(slug)}/whatsapp`;
}

export function loginPath(next?: string | null): string {
  return next ? `/login?next=${encodeURIComponent(next)}` : "/login";
}

export function signupPath(next?: string | null): string {
  return next ? `/signup?next=${encodeURIComponent(next)}` : "/signup";
}

/** A `next` value only ever points inside this app (no `//evil.example`, no `https:`). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next.startsWith("/login") || next.startsWith("/signup")) return null;
  return next;
}
