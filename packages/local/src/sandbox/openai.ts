import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { capMap, parseJson, send } from "./http";
import { type ChatRequest, completion, defaultAnswer, lastUserText } from "./openai-answers";
import { OpenAiScripts, ScriptRequest, type ScriptStep } from "./openai-script";

export const OPENAI_SANDBOX_PATH = "/_sandbox/openai";
/** What OPENAI_BASE_URL points at: the SDK calls `${base}/chat/completions`. */
export const OPENAI_API_PATH = `${OPENAI_SANDBOX_PATH}/v1`;

const SANDBOX_MODELS = ["gpt-4o-mini", "gpt-4o", "sandbox-model"];

const ChatBody = z.looseObject({
  model: z.string().min(1),
  messages: z.array(z.looseObject({ role: z.string(), content: z.unknown().optional() })).min(1),
  stream: z.boolean().optional(),
  tools: z
    .array(
      z.looseObject({ type: z.string(), function: z.looseObject({ name: z.string() }).optional() }),
    )
    .optional(),
  response_format: z
    .looseObject({
      type: z.string(),
      json_schema: z.looseObject({ name: z.string().optional() }).optional(),
    })
    .optional(),
});

const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, JSON.stringify(body), { "content-type": "application/json" });

const ERROR_TYPES: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: "invalid_request_error", code: null, message: "Invalid request" },
  401: {
    type: "invalid_request_error",
    code: "invalid_api_key",
    message: "Incorrect API key provided",
  },
  429: {
    type: "rate_limit_error",
    code: "rate_limit_exceeded",
    message: "Rate limit reached for requests",
  },
  500: {
    type: "server_error",
    code: null,
    message: "The server had an error while processing your request",
  },
  503: {
    type: "server_error",
    code: null,
    message: "The engine is currently overloaded, please try again later",
  },
};

function apiError(res: ServerResponse, status: number, message?: string) {
  const known = ERROR_TYPES[status] ?? { type: "server_error", code: null, message: "Error" };
  return json(res, status, {
    error: { message: message ?? known.message, type: known.type, param: null, code: known.code },
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RecordedChatRequest {
  at: string;
  model: string;
  messages: ChatRequest["messages"];
  tools: string[];
  responseFormat?: string;
}

/**
 * An OpenAI-compatible server, enough of Chat Completions for the real `openai` SDK (tools and
 * response_format json_schema included), at `/_sandbox/openai/v1`. It answers by itself
 * (deterministic defaults) or as tests script it: `POST /_sandbox/openai/script` queues answers,
 * errors and delays for requests whose last user message contains a marker, and
 * `GET /_sandbox/openai/requests?marker=…` shows what such requests carried.
 */
export class OpenAiSandbox {
  private readonly scripts = new OpenAiScripts();
  private readonly requests = new Map<string, RecordedChatRequest>();
  private sequence = 0;

  async handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<number> {
    const path = url.pathname.slice(OPENAI_SANDBOX_PATH.length);
    if (req.method === "POST" && path === "/script") return this.script(res, body);
    if (req.method === "GET" && path === "/requests") return this.listRequests(res, url);
    if (!path.startsWith("/v1/")) return apiError(res, 404, `Unknown path ${url.pathname}`);
    if (!/^Bearer\s+\S+/i.test(req.headers.authorization ?? "")) {
      return apiError(res, 401, "You didn't provide an API key (Authorization: Bearer …)");
    }
    const route = path.slice("/v1".length);
    if (req.method === "GET" && route === "/models") {
      return json(res, 200, {
        object: "list",
        data: SANDBOX_MODELS.map((id) => ({
          id,
          object: "model",
          created: 0,
          owned_by: "sandbox",
        })),
      });
    }
    if (req.method === "POST" && route === "/chat/completions") return this.chat(res, body);
    return apiError(res, 404, `Unknown path ${url.pathname}`);
  }

  private script(res: ServerResponse, body: Buffer): number {
    const parsed = ScriptRequest.safeParse(parseJson(body));
    if (!parsed.success) return apiError(res, 400, parsed.error.issues[0]?.message);
    this.scripts.add(parsed.data.marker, parsed.data.steps);
    return json(res, 200, { queued: parsed.data.steps.length });
  }

  private listRequests(res: ServerResponse, url: URL): number {
    const marker = url.searchParams.get("marker") ?? "";
    if (marker.length < 6) return apiError(res, 400, "Give a marker of 6+ characters");
    const items = [...this.requests.values()].filter((request) =>
      lastUserText({ model: request.model, messages: request.messages }).includes(marker),
    );
    return json(res, 200, { items });
  }

  private async chat(res: ServerResponse, body: Buffer): Promise<number> {
    const parsed = ChatBody.safeParse(parseJson(body));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return apiError(res, 400, `${issue?.path.join(".")}: ${issue?.message}`);
    }
    const request: ChatRequest = parsed.data;
    if (parsed.data.stream) return apiError(res, 400, "The sandbox does not stream: stream=false");
    this.record(request);
    const step = this.scripts.take(lastUserText(request));
    if (step?.delayMs) await sleep(step.delayMs);
    if (res.destroyed) return 499;
    if (step?.status !== undefined) return apiError(res, step.status);
    return json(
      res,
      200,
      completion(request.model, scriptedAnswer(step) ?? defaultAnswer(request)),
    );
  }

  private record(request: ChatRequest) {
    this.requests.set(String(this.sequence++), {
      at: new Date().toISOString(),
      model: request.model,
      messages: request.messages,
      tools: (request.tools ?? []).flatMap((tool) => (tool.function ? [tool.function.name] : [])),
      ...(request.response_format ? { responseFormat: request.response_format.type } : {}),
    });
    capMap(this.requests, 500);
  }
}

function scriptedAnswer(step: ScriptStep | undefined) {
  if (step?.reply !== undefined) return { kind: "reply" as const, text: step.reply };
  if (step?.handoff !== undefined)
    return {
      kind: "tool" as const,
      name: "hand_off_to_human",
      arguments: JSON.stringify({ reason: step.handoff }),
    };
  if (step?.json !== undefined) return { kind: "json" as const, value: step.json };
  return undefined;
}
