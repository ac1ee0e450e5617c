/** The 24-hour customer-service window: open until `windowExpiresAt` (null: never opened). */
export function isWindowOpen(windowExpiresAt: string | null, now: number): boolean {
  if (!windowExpiresAt) return false;
  const closes = Date.parse(windowExpiresAt);
  return !Number.isNaN(closes) && closes > now;
}

/** "3 h 12 min", "45 min", "less than a minute". */
export function formatRemaining(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "less than a minute";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** What the chat header says about the window. */
export function windowText(windowExpiresAt: string | null, now: number): string {
  if (!windowExpiresAt || !isWindowOpen(windowExpiresAt, now)) {
    return "Window closed: only approved templates can be sent";
  }
  return `Window closes in ${formatRemaining(Date.parse(windowExpiresAt) - now)}`;
}
