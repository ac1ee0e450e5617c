import { type Conversation, isWindowOpen } from "@helios/contracts";

/**
 * The 24-hour customer-service window as the server reported it, closing on screen when its time
 * passes while the chat stays open (the server decides; the clock only runs it out).
 */
export const windowOpenAt = (
  conversation: Pick<Conversation, "windowOpen" | "windowExpiresAt">,
  now: number,
): boolean => conversation.windowOpen && isWindowOpen(conversation.windowExpiresAt, now);

/** "3 h 12 min", "45 min", "less than a minute". */
export function formatRemaining(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "less than a minute";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** What the chat header says about the window (`open` from `windowOpenAt`). */
export function windowText(windowExpiresAt: string | null, open: boolean, now: number): string {
  if (!open || !windowExpiresAt) return "Window closed: only approved templates can be sent";
  return `Window closes in ${formatRemaining(Date.parse(windowExpiresAt) - now)}`;
}
