import { randomBytes } from "node:crypto";
import { expect, inject } from "vitest";
import { api, type TestTenant } from "./api";
import { connectTwilio, createAgent, randomAddress, setTwilioWebhook } from "./providers";
import { newMessageSid, postTwilio, twilioFixture } from "./twilio-webhooks";

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

export interface AiSetup {
  tenant: TestTenant;
  agentId: string;
  numberId: string;
  authToken: string;
}

/** A tenant with Twilio connected, an agent with WhatsApp and an active number assigned to it. */
export async function aiNumber(
  tenant: TestTenant,
  agent: Record<string, unknown> = {},
): Promise<AiSetup> {
  const account = await connectTwilio(tenant);
  const created = await createAgent(tenant, agent);
  const number = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
    token: tenant.token,
    body: {
      provider: "twilio",
      displayName: "Support",
      address: randomAddress(),
      assignedAgentId: created.id,
      active: true,
    },
  });
  if (number.status !== 201)
    throw new Error(`number: ${number.status} ${JSON.stringify(number.body)}`);
  await setTwilioWebhook(account, number.body);
  return { tenant, agentId: created.id, numberId: number.body.id, authToken: account.authToken };
}

/** A customer of that number: writes through signed Twilio webhooks. */
export function customerOf(setup: AiSetup, address = randomAddress()) {
  const { tenant } = setup;
  let conversationId: string | undefined;
  return {
    address,
    async say(text: string) {
      const res = await postTwilio(
        `/webhooks/twilio/${setup.numberId}`,
        twilioFixture("inbound-text", { MessageSid: newMessageSid(), From: address, Body: text }),
        setup.authToken,
      );
      expect(res.status).toBe(200);
    },
    async conversation() {
      const list = await api(
        `/api/t/${tenant.slug}/whatsapp/conversations?numberId=${setup.numberId}&limit=100`,
        {
          token: tenant.token,
        },
      );
      const found = list.body.items.find(
        (item: { customer: { address: string } }) => item.customer.address === address,
      );
      conversationId = found?.id;
      return found;
    },
    async messages(): Promise<{ author: string; kind: string; text: string; direction: string }[]> {
      if (!conversationId) await this.conversation();
      const res = await api(
        `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages?limit=100`,
        { token: tenant.token },
      );
      return res.body.items;
    },
    /** What the AI said to the customer (not the timeline's lines, such as "Escalated — …"). */
    async aiTexts() {
      return (await this.messages())
        .filter((m) => m.author === "ai" && m.kind !== "event")
        .map((m) => m.text);
    },
  };
}

export const POLL = { timeout: 15_000, interval: 150 };
