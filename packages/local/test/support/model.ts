import { randomBytes } from "node:crypto";
import { inject } from "vitest";

/** A word unique to one test, put in the customer's text so the model stand-in scripts only it. */
export const newMarker = () => `mk${randomBytes(5).toString("hex")}`;

/** Queues the OpenAI stand-in's answers for requests whose last user message contains `marker`. */
export async function scriptModel(marker: string, steps: Record<string, unknown>[]) {
  const res = await fetch(`${inject("baseUrl")}/_sandbox/openai/script`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ marker, steps }),
  });
  if (res.status !== 200) throw new Error(`script failed: ${res.status} ${await res.text()}`);
}

export interface ModelRequest {
  model: string;
  messages: { role: string; content: string | null }[];
  tools: string[];
  responseFormat?: string;
}

/** What the stand-in was asked, for requests whose last user message contains `marker`. */
export async function modelRequests(marker: string): Promise<ModelRequest[]> {
  const res = await fetch(
    `${inject("baseUrl")}/_sandbox/openai/requests?marker=${encodeURIComponent(marker)}`,
  );
  return ((await res.json()) as { items: ModelRequest[] }).items;
}
