import { describe, expect, inject, it } from "vitest";
import { aiTenantCustomer, customerOf, POLL } from "./support/ai";
import { api, newMember, type TestTenant } from "./support/api";
import { drain } from "./support/drain";
import { modelRequests, newMarker, scriptModel } from "./support/model";
import { openSocket } from "./support/websocket";

interface ChatLine {
  id: string;
  kind: string;
  author: string;
  authorName?: string;
  direction: string;
  text: string;
  event?: { type: string; byName?: string; reason?: string };
}

const reply = (tenant: TestTenant, conversationId: string, text: string) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
    token: tenant.token,
    body: { text },
  });

const setAi = (tenant: TestTenant, conversationId: string, aiActive: boolean) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}`, {
    method: "PATCH",
    token: tenant.token,
    body: { aiActive },
  });

/** What the customer's phone received: the messages Helios sent through the Twilio sandbox. */
async function phoneReceived(tenant: TestTenant, numberId: string, customer: string) {
  const number = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, { token: tenant.token });
  const address = number.body.items.find((n: { id: string }) => n.id === numberId)?.address;
  const res = await fetch(
    `${inject("baseUrl")}/sandbox/phone/api/thread?number=${encodeURIComponent(address)}&customer=${encodeURIComponent(customer)}`,
  );
  const body = (await res.json()) as { items: { direction: string; text: string }[] };
  return body.items.filter((item) => item.direction === "out").map((item) => item.text);
}

describe("a person's reply takes the conversation over", () => {
  it("turns the AI off (stored, live, and a line in the chat); a member turns it back on and the AI answers again", async () => {
    const { tenant, setup, customer } = await aiTenantCustomer();
    await customer.sayAndAwaitAi("Hi, is the shop open on Sunday?");
    const { id } = await customer.conversation();
    const socket = await openSocket(tenant);

    const sent = await reply(tenant, id, "Hi! Maria here, I'll take it from here.");
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ author: "user", authorName: "Owner" });

    expect(await customer.conversation()).toMatchObject({ aiActive: false, escalated: false });
    const lines = (await customer.messages()) as unknown as ChatLine[];
    const paused = lines.filter((line) => line.kind === "event");
    expect(paused).toEqual([
      expect.objectContaining({
        text: "AI paused — Owner replied",
        event: { type: "ai_paused", byName: "Owner" },
      }),
    ]);
    // The line comes just before the reply that caused it.
    expect(lines.at(-2)?.kind).toBe("event");
    expect(lines.at(-1)?.text).toBe("Hi! Maria here, I'll take it from here.");
    await socket.received(
      "conversation.updated",
      (data) => data.id === id && data.aiActive === false,
    );
    await socket.received("message.created", (data) => data.text === "AI paused — Owner replied");
    socket.close();

    // The customer writes again: people answer now, not the AI.
    const humansOnly = newMarker();
    await customer.say(`Great, and on Monday? ${humansOnly}`);
    const control = customerOf(setup);
    await control.sayAndAwaitAi(`Control ${newMarker()}`);
    await drain();
    expect(await customer.aiTexts()).toHaveLength(1);
    expect(await modelRequests(humansOnly)).toEqual([]);

    // An agent (not only owners and admins) gives the conversation back to the AI.
    const agent = await newMember(tenant, "agent");
    const resumed = await setAi(agent, id, true);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ aiActive: true });
    const events = ((await customer.messages()) as unknown as ChatLine[]).filter(
      (line) => line.kind === "event",
    );
    expect(events.map((line) => line.text)).toEqual([
      "AI paused — Owner replied",
      "AI resumed by The agent",
    ]);
    const back = newMarker();
    await customer.sayAndAwaitAi(`Are you there? ${back}`, 2);
    expect(await modelRequests(back)).toHaveLength(1);
    // Timeline lines never reach the model.
    const [request] = await modelRequests(back);
    expect(JSON.stringify(request?.messages)).not.toContain("AI paused");
  });

  it("the reply race: a person's reply lands while the model is answering, and the customer receives only the person's reply", async () => {
    const { tenant, setup, customer } = await aiTenantCustomer();
    const marker = newMarker();
    await scriptModel(marker, [{ reply: `AI answer ${marker}`, delayMs: 1500 }]);
    await customer.say(`Where is my order? ${marker}`);
    // The model is answering (the stand-in holds its answer for 1.5 s) when the person replies.
    await expect.poll(async () => (await modelRequests(marker)).length, POLL).toBe(1);
    const { id } = await customer.conversation();
    const sent = await reply(tenant, id, "It ships tomorrow — Maria");
    expect(sent.status).toBe(201);

    // The model's answer comes back (and is dropped) before this control's, asked later, does.
    const control = customerOf(setup);
    const controlMarker = newMarker();
    await scriptModel(controlMarker, [{ reply: "control answer", delayMs: 1500 }]);
    await control.say(`Control ${controlMarker}`);
    await expect.poll(() => control.aiTexts(), POLL).toEqual(["control answer"]);
    await drain();

    expect(await phoneReceived(tenant, setup.numberId, customer.address)).toEqual([
      "It ships tomorrow — Maria",
    ]);
    const lines = (await customer.messages()) as unknown as ChatLine[];
    expect(lines.filter((line) => line.author === "ai" && line.kind !== "event")).toEqual([]);
    expect(await customer.conversation()).toMatchObject({ aiActive: false });
  });

  it("turning AI off from the switch says who did it; a reply to a conversation whose AI is off adds no line", async () => {
    const { tenant, customer } = await aiTenantCustomer();
    await customer.sayAndAwaitAi("Hello");
    const { id } = await customer.conversation();
    expect((await setAi(tenant, id, false)).status).toBe(200);
    expect((await setAi(tenant, id, false)).status).toBe(200);
    expect((await reply(tenant, id, "A person here")).status).toBe(201);
    const events = ((await customer.messages()) as unknown as ChatLine[]).filter(
      (line) => line.kind === "event",
    );
    expect(events.map((line) => line.text)).toEqual(["AI switched off by Owner"]);
  });
});
