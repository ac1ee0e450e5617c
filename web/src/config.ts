/**
 * Build-time configuration. Locally the SPA is served next to the API (same origin, `/api` and `/ws`,
 * or through the Vite dev proxy); the AWS build receives the API Gateway URLs at build time.
 */

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/** Base of every API path, ending in `/api` (e.g. `/api` or `https://abc.execute-api…/api`). */
function apiBase(configured: string | undefined): string {
  const url = configured?.trim();
  if (!url) return "/api";
  const base = withoutTrailingSlash(url);
  return base.endsWith("/api") ? base : `${base}/api`;
}

/** WebSocket endpoint without query; callers add `?token=…&tenant=…`. */
function wsUrl(configured: string | undefined): string {
  const url = configured?.trim();
  if (url) return withoutTrailingSlash(url);
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/ws`;
}

export const config = {
  apiBaseUrl: apiBase(import.meta.env.VITE_API_URL),
  wsUrl: wsUrl(import.meta.env.VITE_WS_URL),
  productName: "Helios",
} as const;
