import { describe, expect, it } from "vitest";
import { buildPrompt, estimateTokens } from "../src/ai/prompt";
import type { MessageItem } from "../src/message/message";

let sequence = 0;
const message = (
  direction: "inbound" | "outbound",
  text: string,
  author: MessageItem["author"] = direction === "inbound" ? "customer" : "ai",
): MessageItem => ({
  tenantId: "t",
  provider: "twilio",
  id: `m${String(sequence++).padStart(4, "0")}`,
  conversationId: "c",
  direction,
  author,
  kind: "text",
  text,
  status: direction === "inbound" ? "received" : "sent",
  statusRank: 0,
  providerMessageId: "",
  createdAt: new Date().toISOString(),
});

const agent = { name: "Ava", instructions: "Answer in one sentence." };

describe("the AI prompt", () => {
  it("starts with the agent's instructions, then the history: the customer as user, the business as assistant", () => {
    const prompt = buildPrompt(agent, [
      message("inbound", "Hi, is the shop open?"),
      message("outbound", "Yes, until 6 pm.", "user"),
      message("outbound", "Anything else?"),
      message("inbound", "Thanks!"),
    ]);
    expect(prompt[0]?.role).toBe("system");
    expect(prompt[0]?.content).toContain("You are Ava");
    expect(prompt[0]?.content).toContain("Answer in one sentence.");
    expect(prompt.slice(1)).toEqual([
      { role: "user", content: "Hi, is the shop open?" },
      { role: "assistant", content: "Yes, until 6 pm." },
      { role: "assistant", content: "Anything else?" },
      { role: "user", content: "Thanks!" },
    ]);
  });

  it("leaves out the timeline's lines (AI paused, escalated), the team's notes and WhatsApp's system lines", () => {
    const prompt = buildPrompt(agent, [
      message("inbound", "Where is my parcel?"),
      { ...message("outbound", "AI paused — Maria replied", "user"), kind: "event" },
      { ...message("outbound", "@Bruno the carrier lost it, refund?", "user"), kind: "note" },
      message("outbound", "It ships today.", "user"),
      { ...message("inbound", "The customer changed their number"), kind: "system" },
      message("inbound", "Thanks!"),
    ]);
    expect(prompt.slice(1)).toEqual([
      { role: "user", content: "Where is my parcel?" },
      { role: "assistant", content: "It ships today." },
      { role: "user", content: "Thanks!" },
    ]);
  });

  it("keeps the newest messages that fit the token budget, and never cuts a long message short", () => {
    const long = "word ".repeat(300).trim();
    const history = [
      ...Array.from({ length: 50 }, (_, i) => message("inbound", `older message number ${i}`)),
      message("inbound", long),
    ];
    const budget = estimateTokens(long) + 3 * estimateTokens("older message number 10");
    const turns = buildPrompt(agent, history, budget).slice(1);
    expect(turns.at(-1)).toEqual({ role: "user", content: long });
    expect(turns.map((turn) => turn.content)).toEqual([
      "older message number 47",
      "older message number 48",
      "older message number 49",
      long,
    ]);
  });
});
