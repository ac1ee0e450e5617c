/**
 * The security headers the web app is served with: CloudFront's response headers policy
 * (stacks/web.ts) and the local cloud (packages/local/src/server.ts) both send these, so the app is
 * tested locally under the policy it gets on AWS.
 */

/** Two years, sub-domains included: the site is only ever served over HTTPS. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

/**
 * What the single-page app needs and nothing else: its own scripts and styles, attachments shown
 * from `blob:` object URLs, and the API and WebSocket origins (`connect`; on AWS they are other
 * origins than the site's, locally the same). It may not be framed (clickjacking), and forms and
 * `<base>` stay on the site.
 */
export function contentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(" "),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Invitation and reset links carry tokens in their path: never hand them to another site. */
export const REFERRER_POLICY = "no-referrer";

/** Browser features the app does not use are switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/** Every header, as the local cloud sends them. */
export function webSecurityHeaders(connect: readonly string[] = []): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(connect),
    "strict-transport-security": `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": REFERRER_POLICY,
    "permissions-policy": PERMISSIONS_POLICY,
    "cross-origin-opener-policy": "same-origin",
  };
}
