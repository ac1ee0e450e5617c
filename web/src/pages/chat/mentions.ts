/** A piece of a note's text: plain, or an `@Name` mention of a member. */
export interface TextSegment {
  text: string;
  mention: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The text cut at every `@Name` of the given members (longest names first, so "@Ana Lima" wins
 * over "@Ana"), case-insensitive, as the server matches mentions.
 */
export function mentionSegments(text: string, names: readonly string[]): TextSegment[] {
  const usable = [...new Set(names.map((name) => name.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return [{ text, mention: false }];
  const pattern = new RegExp(`@(?:${usable.map(escapeRegExp).join("|")})`, "gi");
  const segments: TextSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > from) segments.push({ text: text.slice(from, at), mention: false });
    segments.push({ text: match[0], mention: true });
    from = at + match[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from), mention: false });
  return segments;
}
