import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { AgentItem } from "../agent/agent";
import { env } from "../config";
import type { MessageItem } from "../message/message";
import { previewText } from "../message/message";

/** A rough token count (≈ 4 characters a token), enough to keep a prompt inside a budget. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4) + 4;

export const historyTokenBudget = () => Number(env("AI_HISTORY_TOKEN_BUDGET") ?? 3000);

const RULES =
  "You write WhatsApp messages: short, plain text, no markdown, in the customer's language. " +
  "Never invent order details, prices or policies you were not given. If the customer asks for " +
  "a person, is upset, or you cannot help, call hand_off_to_human with a short reason instead " +
  "of answering.";

/**
 * The system prompt from the agent's instructions, then as much recent history as fits the token
 * budget, newest kept first: customer messages as `user`, the business's (AI or person) as
 * `assistant`.
 */
export function buildPrompt(
  agent: Pick<AgentItem, "name" | "instructions">,
  history: readonly MessageItem[],
  budget = historyTokenBudget(),
): ChatCompletionMessageParam[] {
  const system = `You are ${agent.name}, answering customers for a business on WhatsApp.\n${
    agent.instructions ? `${agent.instructions}\n` : ""
  }${RULES}`;
  const turns: ChatCompletionMessageParam[] = [];
  let left = budget;
  for (const message of [...history].reverse()) {
    if (message.kind === "reaction" || message.kind === "system") continue;
    // The whole text (a list preview is cut short); media and other kinds read as their label.
    const content = message.text || previewText(message);
    const cost = estimateTokens(content);
    if (cost > left && turns.length > 0) break;
    left -= cost;
    turns.unshift(
      message.direction === "inbound" ? { role: "user", content } : { role: "assistant", content },
    );
  }
  return [{ role: "system", content: system }, ...turns];
}
