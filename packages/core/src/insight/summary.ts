import type { TranscriptLine } from "./analyzer";

const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have hi hello " +
    "how i i'm if in into is it it's its just me my no not of on or our please so that the " +
    "their them then there these they this to too us was we were what when where which who " +
    "why will with would yes you your thanks thank ok okay"
  ).split(" "),
);

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

interface Sentence {
  from: TranscriptLine["from"];
  text: string;
  order: number;
}

function sentencesOf(lines: readonly TranscriptLine[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines) {
    const parts = line.text.match(/[^.!?\n]+[.!?]*/g) ?? [];
    for (const part of parts) {
      const text = part.trim();
      if (words(text).length >= 3)
        sentences.push({ from: line.from, text, order: sentences.length });
    }
  }
  return sentences;
}

/**
 * An extractive summary: the few sentences whose content words recur most across the
 * conversation, in their original order and labelled by who said them. The customer's first
 * sentence of substance always leads, since it usually states why they wrote.
 */
export function summarize(lines: readonly TranscriptLine[], maxSentences = 3): string {
  const sentences = sentencesOf(lines);
  if (sentences.length === 0) return "No text messages to summarize yet.";
  const frequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of words(sentence.text)) {
      if (!STOPWORDS.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const weight = (sentence: Sentence) => {
    const content = words(sentence.text).filter((word) => !STOPWORDS.has(word));
    const total = content.reduce((sum, word) => sum + (frequency.get(word) ?? 0), 0);
    return total / Math.sqrt(Math.max(1, words(sentence.text).length));
  };
  const opening = sentences.find((sentence) => sentence.from === "customer");
  const ranked = sentences
    .filter((sentence) => sentence !== opening)
    .sort((a, b) => weight(b) - weight(a) || a.order - b.order);
  const chosen = [...(opening ? [opening] : []), ...ranked]
    .slice(0, maxSentences)
    .sort((a, b) => a.order - b.order);
  return chosen
    .map(
      (sentence) => `${sentence.from === "customer" ? "Customer" : "Business"}: ${sentence.text}`,
    )
    .join(" ");
}
