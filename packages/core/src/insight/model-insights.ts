import { Sentiment } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import type OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { TranscriptLine } from "./analyzer";

/** The structured output asked of the model. Bounds are enforced after parsing, not in the schema. */
export const ModelInsights = z.object({
  sentiment: Sentiment,
  /** From −1 (very negative) to 1 (very positive). */
  score: z.number(),
  summary: z.string(),
});
export type ModelInsights = z.infer<typeof ModelInsights>;

const INSTRUCTIONS =
  "You analyse a WhatsApp conversation between a business and a customer. Judge the customer's " +
  "sentiment (positive, neutral or negative) with a score from -1 (very negative) to 1 (very " +
  "positive), and summarize the conversation in two to four sentences: what the customer wants, " +
  "what was answered, and what is still open.";

/** Sentiment and summary from the model, as structured output validated by `ModelInsights`. */
export async function insightsFromModel(
  client: OpenAI,
  model: string,
  lines: readonly TranscriptLine[],
): Promise<ModelInsights> {
  const transcript = lines
    .map((line) => `${line.from === "customer" ? "Customer" : "Business"}: ${line.text}`)
    .join("\n");
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: INSTRUCTIONS },
      { role: "user", content: transcript || "(no messages yet)" },
    ],
    response_format: zodResponseFormat(ModelInsights, "insights"),
  });
  const parsed = completion.choices[0]?.message.parsed;
  if (!parsed) throw new Error("The model returned no insights");
  return {
    sentiment: parsed.sentiment,
    score: Math.round(Math.max(-1, Math.min(1, parsed.score)) * 100) / 100,
    summary: parsed.summary.trim().slice(0, 1200),
  };
}
