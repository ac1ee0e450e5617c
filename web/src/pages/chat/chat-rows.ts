import type { ChatMessage } from "../../conversations/chat-message";

/**
 * A row of the message list: one message, and the date separator of the next day when the next
 * message starts one. (Separators are not rows of their own: the list keeps its place by a row's
 * key, and a separator row would stay first when an older page of the same day comes in.)
 */
export interface ChatRow {
  key: string;
  message: ChatMessage;
  /** "Today", "Yesterday" or a date: the next message is the first of that day. */
  nextDay?: string;
  /** Same author as the row before, the same day and soon after: its name is not repeated. */
  continues?: boolean;
}

/** Within this long of the previous message, the same author's next one joins its group. */
const groupGapMs = 10 * 60_000;

/** Who a row speaks as: timeline and system lines belong to nobody's group. */
function speaker(message: ChatMessage): string | null {
  if (message.kind === "event" || message.kind === "system") return null;
  const as = message.kind === "note" ? "note" : "message";
  return `${message.author}:${message.authorUserId ?? ""}:${as}`;
}

function continuesGroup(previous: ChatRow | undefined, message: ChatMessage): boolean {
  if (!previous || previous.nextDay) return false;
  const who = speaker(message);
  if (who === null || who !== speaker(previous.message)) return false;
  const gap = Date.parse(message.createdAt) - Date.parse(previous.message.createdAt);
  return !(gap > groupGapMs);
}

const weekday = new Intl.DateTimeFormat("en", { weekday: "long", month: "long", day: "numeric" });
const full = new Intl.DateTimeFormat("en", { dateStyle: "long" });

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** "Today", "Yesterday", "Monday, May 4" (this year) or "May 4, 2025". */
export function dayLabel(date: Date, now: Date = new Date()): string {
  if (dayKey(date) === dayKey(now)) return "Today";
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (dayKey(date) === dayKey(yesterday)) return "Yesterday";
  return date.getFullYear() === now.getFullYear() ? weekday.format(date) : full.format(date);
}

/** The messages (oldest first) as rows, and the day of the first one (shown above it). */
export function chatRows(
  messages: readonly ChatMessage[],
  now: Date = new Date(),
): { rows: ChatRow[]; firstDay: string | null } {
  const rows: ChatRow[] = [];
  let firstDay: string | null = null;
  let currentDay = "";
  for (const message of messages) {
    const date = new Date(message.createdAt);
    const day = Number.isNaN(date.getTime()) ? currentDay : dayKey(date);
    if (day && day !== currentDay) {
      const label = dayLabel(date, now);
      const previous = rows.at(-1);
      if (previous) rows[rows.length - 1] = { ...previous, nextDay: label };
      else firstDay = label;
      currentDay = day;
    }
    const continues = continuesGroup(rows.at(-1), message);
    rows.push({
      key: message.clientKey ?? message.id,
      message,
      ...(continues ? { continues } : {}),
    });
  }
  return { rows, firstDay };
}
