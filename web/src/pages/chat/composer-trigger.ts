/** What the composer is completing at the caret: a saved reply (`/ref`) or a mention (`@An`). */
export interface Trigger {
  kind: "canned" | "mention";
  /** What follows the `/` or `@` up to the caret. */
  query: string;
  /** Where the `/` or `@` is. */
  start: number;
}

/** At the start, or after a space or a new line: a `/` inside a word (a URL, 1/2) is not one. */
const startsToken = (text: string, at: number) => at === 0 || /\s/.test(text[at - 1] ?? "");

/**
 * The trigger the caret is in, if any. A shortcut is letters, digits, - and _ (no space); a
 * mention may hold spaces ("@Ana Li") but no new line, and at most 40 characters.
 */
export function triggerAt(text: string, caret: number, mentions: boolean): Trigger | null {
  const before = text.slice(0, caret);
  const canned = /(?:^|\s)\/([a-z0-9_-]*)$/i.exec(before);
  if (canned) {
    const query = canned[1] ?? "";
    return { kind: "canned", query: query.toLowerCase(), start: caret - query.length - 1 };
  }
  if (!mentions) return null;
  const at = before.lastIndexOf("@");
  if (at < 0 || !startsToken(text, at)) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { kind: "mention", query, start: at };
}

/** The text with the trigger (up to the caret) replaced, and where the caret goes after it. */
export function replaceTrigger(
  text: string,
  caret: number,
  trigger: Trigger,
  insert: string,
): { text: string; caret: number } {
  const next = `${text.slice(0, trigger.start)}${insert}${text.slice(caret)}`;
  return { text: next, caret: trigger.start + insert.length };
}
