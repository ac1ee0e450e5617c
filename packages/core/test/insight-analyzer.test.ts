import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { matchedKeyword, repeatedlyNegative } from "../src/ai/rules";
import { analyzeLocally, customerSentiment } from "../src/insight/analyzer";
import { summarize } from "../src/insight/summary";

const Fixture = z.object({
  description: z.string(),
  messages: z.array(z.object({ from: z.enum(["customer", "business"]), text: z.string() })),
});

const fixture = (name: string) =>
  Fixture.parse(
    JSON.parse(readFileSync(new URL(`./fixtures/insights/${name}.json`, import.meta.url), "utf8")),
  ).messages;

describe("the offline insights analyzer", () => {
  it("reads a customer who gets angrier about a broken order as negative", () => {
    const result = analyzeLocally(fixture("negative-damaged-order"));
    expect(result.sentiment).toBe("negative");
    expect(result.score).toBeLessThan(-0.15);
    expect(result.summary).toMatch(
      /^Customer: Hi, my order #2231 arrived today but the vase is broken\./,
    );
  });

  it("reads a customer thanking the shop as positive", () => {
    const result = analyzeLocally(fixture("positive-delivery-thanks"));
    expect(result.sentiment).toBe("positive");
    expect(result.score).toBeGreaterThan(0.15);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it("reads an annoyed start with a fair resolution as neutral", () => {
    const result = analyzeLocally(fixture("mixed-late-then-resolved"));
    expect(result.sentiment).toBe("neutral");
    expect(Math.abs(result.score)).toBeLessThanOrEqual(0.15);
  });

  it("judges only the customer's messages", () => {
    const business = "This is terrible, awful, horrible and disgusting.";
    expect(
      customerSentiment([
        { from: "business", text: business },
        { from: "customer", text: "Where is the shop?" },
      ]),
    ).toEqual({ sentiment: "neutral", score: 0 });
  });

  it("summarizes in a few sentences, the customer's opening first, labelled by speaker, in order", () => {
    const lines = fixture("positive-delivery-thanks");
    const summary = summarize(lines);
    const sentences = summary.split(/ (?=Customer: |Business: )/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    // "Hello!" is too short to say anything; the first sentence of substance leads.
    expect(sentences[0]).toBe("Customer: The headphones arrived this morning, two days early.");
    expect(
      sentences.slice(1).every((s) => lines.some((l) => l.text.includes(s.replace(/^\w+: /, "")))),
    ).toBe(true);
    expect(summary.length).toBeLessThan(400);
    expect(summarize([])).toBe("No text messages to summarize yet.");
  });
});

describe("hand-off rules", () => {
  it("match escalation keywords as whole words, in any case and with or without accents", () => {
    const keywords = ["humano", "atención al cliente", "talk to a person"];
    expect(matchedKeyword("Quiero un HUMANO", keywords)).toBe("humano");
    expect(matchedKeyword("quiero un humanó ya", keywords)).toBe("humano");
    expect(matchedKeyword("Atencion   al CLIENTE por favor", keywords)).toBe("atención al cliente");
    expect(matchedKeyword("Can I talk to a person?", keywords)).toBe("talk to a person");
    expect(matchedKeyword("la humanidad", keywords)).toBeUndefined();
    expect(matchedKeyword("anything", [])).toBeUndefined();
  });

  it("hand off on two clearly negative customer messages in a row, not one", () => {
    expect(repeatedlyNegative(["This is terrible."])).toBe(false);
    expect(repeatedlyNegative(["This is terrible.", "Thanks, that helps!"])).toBe(false);
    expect(repeatedlyNegative(["Fine.", "This is terrible.", "Awful, I am angry."])).toBe(true);
  });
});
