import { analyzeLocally, type TranscriptLine } from "@helios/core/insight/analyzer";
import { hex } from "./http";

/** The subset of a Chat Completions request the stand-in reads; the rest is accepted and ignored. */
export interface ChatRequest {
  model: string;
  messages: { role: string; content?: unknown }[];
  tools?: { type: string; function?: { name: string } }[];
  response_format?: { type: string; json_schema?: { name?: string } };
}

/** Text of a message's content: a string, or the text parts of an array. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part) =>
      typeof part === "object" && part !== null && "text" in part && typeof part.text === "string"
        ? part.text
        : "",
    )
    .join("");
}

export const lastUserText = (request: ChatRequest) =>
  contentText(request.messages.findLast((message) => message.role === "user")?.content);

const ASKS_FOR_PERSON =
  /\b(human|person|people|agent|someone|representative|operator|humano|persona|alguien)\b/i;

export type Answer =
  | { kind: "reply"; text: string }
  | { kind: "tool"; name: string; arguments: string }
  | { kind: "json"; value: unknown };

/**
 * The stand-in's own answers, deterministic: structured insights computed from the transcript, a
 * hand-off when the customer asks for a person and the caller offered that tool, else a short
 * friendly reply that quotes the customer.
 */
export function defaultAnswer(request: ChatRequest): Answer {
  const text = lastUserText(request);
  if (request.response_format?.type === "json_schema") {
    const lines: TranscriptLine[] = text.split("\n").map((line) => ({
      from: line.startsWith("Customer:") ? "customer" : "business",
      text: line.replace(/^(Customer|Business):\s*/, ""),
    }));
    const local = analyzeLocally(lines);
    return {
      kind: "json",
      value: { ...local, summary: `(sandbox model) ${local.summary}` },
    };
  }
  const handOff = request.tools?.find((tool) => tool.function?.name === "hand_off_to_human");
  if (handOff && ASKS_FOR_PERSON.test(text)) {
    return {
      kind: "tool",
      name: "hand_off_to_human",
      arguments: JSON.stringify({ reason: "The customer asked to talk to a person" }),
    };
  }
  const quote = text.trim().replace(/\s+/g, " ").slice(0, 120);
  return {
    kind: "reply",
    text: `Thanks for your message! You wrote: "${quote}". A sandbox AI is answering: how else can I help?`,
  };
}

/** A `chat.completion` object as OpenAI returns it. */
export function completion(model: string, answer: Answer) {
  const message =
    answer.kind === "tool"
      ? {
          role: "assistant",
          content: null,
          refusal: null,
          tool_calls: [
            {
              id: `call_${hex(12)}`,
              type: "function",
              function: { name: answer.name, arguments: answer.arguments },
            },
          ],
        }
      : {
          role: "assistant",
          content: answer.kind === "json" ? JSON.stringify(answer.value) : answer.text,
          refusal: null,
        };
  const completionTokens = Math.ceil(JSON.stringify(message).length / 4);
  return {
    id: `chatcmpl-${hex(12)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: answer.kind === "tool" ? "tool_calls" : "stop",
      },
    ],
    usage: {
      prompt_tokens: 0,
      completion_tokens: completionTokens,
      total_tokens: completionTokens,
    },
  };
}
