/** Paths of the signed-out pages and the app, and the safe handling of `?next=`. */

export function tenantHome(slug: string): string {
  return `/app/${encodeURIComponent(slug)}/whatsapp`;
}

/**
 * Where a fresh session opens: the workspace the user used last (remembered by the server, per
 * user), else their first one, else the list (no workspace yet).
 */
export function homeAfterSignIn(
  tenants: ReadonlyArray<{ slug: string }>,
  lastTenant: string | null | undefined,
): string {
  const target = tenants.find((tenant) => tenant.slug === lastTenant) ?? tenants[0];
  return target ? tenantHome(target.slug) : "/workspaces";
}

export function loginPath(next?: string | null): string {
  return next ? `/login?next=${encodeURIComponent(next)}` : "/login";
}

export function signupPath(next?: string | null): string {
  return next ? `/signup?next=${encodeURIComponent(next)}` : "/signup";
}

export const forgotPasswordPath = "/forgot-password";

/** The signed-in user's own account: profile, password, sessions. */
export function accountPath(slug: string): string {
  return `/app/${encodeURIComponent(slug)}/account`;
}

/** A `next` value only ever points inside this app (no `//evil.example`, no `https:`). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next.startsWith("/login") || next.startsWith("/signup")) return null;
  return next;
}
