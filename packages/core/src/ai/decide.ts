import * as z from "@helios/contracts/zod";
import type OpenAI from "openai";
import type {
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from "openai/resources/chat/completions";

export type Decision = { kind: "reply"; text: string } | { kind: "handoff"; reason: string };

export const HAND_OFF_TOOL = "hand_off_to_human";

const handOffTool: ChatCompletionTool = {
  type: "function",
  function: {
    name: HAND_OFF_TOOL,
    description:
      "Hand the conversation to a person on the team: the customer asks for one, is upset, or needs something you cannot do.",
    parameters: {
      type: "object",
      properties: { reason: { type: "string", description: "Why a person should take over" } },
      required: ["reason"],
      additionalProperties: false,
    },
  },
};

const HandOffArguments = z.object({
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});

/** Asks the model for its turn: a reply to send, or a hand-off (its tool call) with a reason. */
export async function decide(
  client: OpenAI,
  model: string,
  messages: ChatCompletionMessageParam[],
): Promise<Decision> {
  const completion = await client.chat.completions.create({
    model,
    messages,
    tools: [handOffTool],
    tool_choice: "auto",
  });
  const message = completion.choices[0]?.message;
  const call = message?.tool_calls?.find(
    (tool) => tool.type === "function" && tool.function.name === HAND_OFF_TOOL,
  );
  if (call && call.type === "function") {
    const parsed = HandOffArguments.safeParse(safeJson(call.function.arguments));
    return {
      kind: "handoff",
      reason: parsed.success ? parsed.data.reason : "The AI decided a person should take over",
    };
  }
  const text = message?.content?.trim() ?? "";
  if (text === "") return { kind: "handoff", reason: "The AI had no answer" };
  return { kind: "reply", text: text.slice(0, 4096) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
