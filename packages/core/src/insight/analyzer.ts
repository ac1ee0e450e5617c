import type { Insights } from "@helios/contracts";
import Sentiment from "sentiment";
import { summarize } from "./summary";

/** What the analyzers read: the conversation's text messages, oldest first. */
export interface TranscriptLine {
  from: "customer" | "business";
  text: string;
}

const lexicon = new Sentiment();

/** AFINN score of one text: a sum of word valences, negative below zero. */
export const textScore = (text: string) => lexicon.analyze(text).score;

/** A customer message clearly negative on its own ("this is terrible, I am angry"). */
export const isNegativeText = (text: string) => textScore(text) <= -2;

/** Sentiment beyond this (either way) is called positive or negative; between, neutral. */
const THRESHOLD = 0.15;

/**
 * Sentiment over the customer's messages: each message's AFINN score squashed to −1…1, the later
 * ones weighing more (how the customer feels now matters more than how they started).
 */
export function customerSentiment(lines: readonly TranscriptLine[]): {
  sentiment: Insights["sentiment"];
  score: number;
} {
  const customer = lines.filter((line) => line.from === "customer" && line.text.trim() !== "");
  if (customer.length === 0) return { sentiment: "neutral", score: 0 };
  let weighted = 0;
  let weights = 0;
  customer.forEach((line, index) => {
    const weight = 1 + index / customer.length;
    weighted += weight * Math.tanh(textScore(line.text) / 4);
    weights += weight;
  });
  const score = Math.round((weighted / weights) * 100) / 100;
  const sentiment = score > THRESHOLD ? "positive" : score < -THRESHOLD ? "negative" : "neutral";
  return { sentiment, score };
}

/** The offline analyzer: lexicon sentiment and an extractive summary, no network. */
export function analyzeLocally(
  lines: readonly TranscriptLine[],
): Pick<Insights, "sentiment" | "score" | "summary"> {
  return { ...customerSentiment(lines), summary: summarize(lines) };
}
