import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { aiNumber, POLL } from "./support/ai";
import { api, newTenant, type TestTenant } from "./support/api";
import { newMarker, scriptModel } from "./support/model";
import { createAgent, metaNumber, randomAddress } from "./support/providers";

interface Thread {
  items: { id: string; direction: string; text: string; status: string }[];
  typing: boolean;
}

/** The sandbox phone: writes as the customer (a signed provider webhook) and reads its thread. */
function phone(number: string, customer = randomAddress()) {
  const base = `${inject("baseUrl")}/sandbox/phone/api`;
  return {
    async say(text: string) {
      const res = await fetch(`${base}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ number, customer, type: "text", text }),
      });
      const body = (await res.json()) as { webhook: { status: number | null } };
      expect(res.status).toBe(201);
      expect(body.webhook.status).toBe(200);
    },
    async thread(): Promise<Thread> {
      const res = await fetch(
        `${base}/thread?number=${encodeURIComponent(number)}&customer=${encodeURIComponent(customer)}`,
      );
      return (await res.json()) as Thread;
    },
  };
}

async function twilioAddress(tenant: TestTenant, numberId: string): Promise<string> {
  const numbers = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, { token: tenant.token });
  return numbers.body.items.find((n: { id: string }) => n.id === numberId).address;
}

describe("while the AI drafts, the customer sees their message read and “typing…”", () => {
  it("through Twilio's typing indicator: shown while the model answers, gone with the reply", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant);
    const customer = phone(await twilioAddress(tenant, setup.numberId));
    const marker = newMarker();
    await scriptModel(marker, [{ reply: "Yes, until 8 pm.", delayMs: 1500 }]);
    await customer.say(`Open late today? ${marker}`);

    await expect.poll(async () => (await customer.thread()).typing, POLL).toBe(true);
    const drafting = await customer.thread();
    expect(drafting.items.map((item) => [item.direction, item.status])).toEqual([["in", "read"]]);

    await expect
      .poll(async () => (await customer.thread()).items.map((item) => item.text), POLL)
      .toEqual([`Open late today? ${marker}`, "Yes, until 8 pm."]);
    expect((await customer.thread()).typing).toBe(false);
  });

  it("through Meta's read status with typing_indicator", async () => {
    const tenant = await newTenant();
    const agent = await createAgent(tenant);
    const meta = await metaNumber(tenant, randomBytes(16).toString("hex"));
    const activated = await api(`/api/t/${tenant.slug}/whatsapp/numbers/${meta.numberId}`, {
      method: "PATCH",
      token: tenant.token,
      body: { assignedAgentId: agent.id, active: true },
    });
    expect(activated.status).toBe(200);
    const customer = phone(meta.phoneNumberId);
    const marker = newMarker();
    await scriptModel(marker, [{ reply: "We ship to Spain.", delayMs: 1500 }]);
    await customer.say(`Do you ship to Spain? ${marker}`);

    await expect.poll(async () => (await customer.thread()).typing, POLL).toBe(true);
    expect((await customer.thread()).items[0]?.status).toBe("read");
    await expect
      .poll(async () => (await customer.thread()).items.at(-1)?.text, POLL)
      .toBe("We ship to Spain.");
    expect((await customer.thread()).typing).toBe(false);
  });

  it("not when the agent's typing indicator is off", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant, { typingIndicator: false });
    const customer = phone(await twilioAddress(tenant, setup.numberId));
    const marker = newMarker();
    await scriptModel(marker, [{ reply: "Sure.", delayMs: 1000 }]);
    await customer.say(`Can I pay by card? ${marker}`);
    const seen: boolean[] = [];
    await expect
      .poll(async () => {
        const thread = await customer.thread();
        seen.push(thread.typing);
        return thread.items.length;
      }, POLL)
      .toBe(2);
    expect(seen.every((typing) => typing === false)).toBe(true);
    expect((await customer.thread()).items[0]?.status).toBe("delivered");
  });
});
