import { capMap } from "./http";

/** WhatsApp dismisses a typing indicator after this long without a reply. */
export const TYPING_INDICATOR_MS = 25_000;

const MAX_TRACKED = 5000;

/**
 * What the business asked the providers to show for the customer's messages: read marks and
 * typing indicators, by the inbound message's id (Twilio SID or Meta wamid). Shared by the Twilio
 * and Meta sandboxes, which accept the calls, and the sandbox phone, which shows them.
 */
export class TypingIndicators {
  private readonly read = new Set<string>();
  private readonly typing = new Map<string, number>();

  markRead(messageId: string): void {
    this.read.add(messageId);
    if (this.read.size > MAX_TRACKED) {
      const oldest = this.read.values().next().value;
      if (oldest !== undefined) this.read.delete(oldest);
    }
  }

  /** Typing shows (and the message reads as read, as both providers do). */
  show(messageId: string, at = Date.now()): void {
    this.markRead(messageId);
    this.typing.delete(messageId);
    this.typing.set(messageId, at);
    capMap(this.typing, MAX_TRACKED);
  }

  isRead(messageId: string): boolean {
    return this.read.has(messageId);
  }

  /** When typing was last shown for one of these messages, if it is still within 25 s. */
  typingSince(messageIds: readonly string[], now = Date.now()): number | undefined {
    let latest: number | undefined;
    for (const id of messageIds) {
      const at = this.typing.get(id);
      if (
        at !== undefined &&
        now - at < TYPING_INDICATOR_MS &&
        (latest === undefined || at > latest)
      )
        latest = at;
    }
    return latest;
  }
}
