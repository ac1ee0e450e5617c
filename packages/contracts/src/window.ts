/**
 * The 24-hour customer-service window: free text may be sent to a customer only until
 * `windowExpiresAt` (null: the customer never wrote). Core decides sends with it; the web uses it
 * only to see the window the server reported open close while the chat stays on screen.
 */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function isWindowOpen(windowExpiresAt: string | null | undefined, now: number): boolean {
  if (!windowExpiresAt) return false;
  const closes = Date.parse(windowExpiresAt);
  return !Number.isNaN(closes) && closes > now;
}
