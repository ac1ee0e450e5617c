import OpenAI from "openai";
import { env } from "../config";
import { aiApiKey } from "./status";

let cached: { key: string; client: OpenAI } | undefined;

/** How long one model call may take; well under the worker's timeout (the queue retries). */
export const modelTimeoutMs = () => Number(env("AI_TIMEOUT_MS") ?? 20_000);

/**
 * The OpenAI client, created on first use and only when a key is configured (the SDK throws
 * without one). OPENAI_BASE_URL points it at any OpenAI-compatible server. The SDK does not retry
 * by itself: a failed call fails the job, and the queue retries it with backoff.
 */
export async function aiClient(): Promise<OpenAI | undefined> {
  const key = await aiApiKey();
  if (key === undefined) return undefined;
  if (cached?.key !== key) {
    cached = {
      key,
      client: new OpenAI({
        apiKey: key,
        baseURL: env("OPENAI_BASE_URL"),
        timeout: modelTimeoutMs(),
        maxRetries: 0,
      }),
    };
  }
  return cached.client;
}

/** A failure worth retrying later: a timeout, a lost connection, rate limiting or a server error. */
export function isTransientAiError(error: unknown): boolean {
  if (error instanceof OpenAI.APIConnectionError) return true;
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    return status === 408 || status === 409 || status === 429 || status >= 500;
  }
  return false;
}
