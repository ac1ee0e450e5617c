const firstDelayMs = 1_000;
const maxDelayMs = 30_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): 1–2 s, then doubling up
 * to 15–30 s. Each wait is random within its range, so clients dropped together (a deploy, a
 * network blip) do not all come back in the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, firstDelayMs * 2 ** (Math.max(0, attempt) + 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
