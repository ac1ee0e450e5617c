import { expect } from "vitest";
import { api, newTenant, type TestTenant } from "./api";
import { randomAddress, twilioNumber } from "./providers";
import { newMessageSid, postTwilio, twilioFixture } from "./twilio-webhooks";

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
  // The sandbox's Twilio knows the number's webhook, as the sandbox phone needs.
  const { agentId, numberId, authToken } = await twilioNumber(tenant, { agent, webhook: true });
  return { tenant, agentId, numberId, authToken };
}

/** A new tenant with an AI number (`aiNumber`) and a customer of it. */
export async function aiTenantCustomer(agent: Record<string, unknown> = {}) {
  const tenant = await newTenant();
  const setup = await aiNumber(tenant, agent);
  return { tenant, setup, customer: customerOf(setup) };
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
    /** Writes, then waits until the AI has said `count` things to this customer in all. */
    async sayAndAwaitAi(text: string, count = 1) {
      await this.say(text);
      await expect.poll(() => this.aiTexts(), POLL).toHaveLength(count);
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
