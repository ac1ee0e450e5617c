import { describe, expect, it } from "vitest";
import { aiNumber, customerOf, POLL } from "./support/ai";
import { api, newTenant, type TestTenant } from "./support/api";
import { newMarker, scriptModel } from "./support/model";

const HANDOFF = "A person will answer you shortly.";

const escalations = async (tenant: TestTenant) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/notifications`, { token: tenant.token })
  ).body.items.filter((n: { type: string }) => n.type === "escalation") as {
    conversationId: string;
    body: string;
  }[];

const eventLines = async (customer: ReturnType<typeof customerOf>) =>
  ((await customer.messages()) as unknown as { kind: string; text: string; event?: unknown }[])
    .filter((m) => m.kind === "event")
    .map((m) => ({ text: m.text, event: m.event }));

/** A new tenant's AI number that escalates on "human", and three customers of it. */
async function escalatingNumber() {
  const tenant = await newTenant();
  const setup = await aiNumber(tenant, {
    escalation: { keywords: ["human"], handoffMessage: HANDOFF },
  });
  return {
    tenant,
    setup,
    customers: [customerOf(setup), customerOf(setup), customerOf(setup)] as const,
  };
}

describe("escalation you can act on", () => {
  it("stores the reason on the conversation and says it in the chat: asked for a person, upset, the model decided", async () => {
    const { customers } = await escalatingNumber();
    const [asked, upset, decided] = customers;
    const marker = newMarker();
    await scriptModel(marker, [{ handoff: "Refund above what the AI may grant" }]);
    await asked.say("Can I talk to a human please?");
    await upset.sayAndAwaitAi("My order arrived broken, this is terrible.");
    await upset.say("This is awful. Worst service ever, I am really angry and disappointed.");
    await decided.say(`I want a refund of 900 euros ${marker}`);

    for (const customer of [asked, upset, decided])
      await expect.poll(async () => (await customer.conversation()).escalated, POLL).toBe(true);
    expect((await asked.conversation()).escalation).toMatchObject({
      reason: "asked_for_human",
      detail: 'The customer asked for a person ("human")',
      at: expect.any(String),
    });
    expect((await upset.conversation()).escalation).toMatchObject({
      reason: "negative_sentiment",
    });
    expect((await decided.conversation()).escalation).toMatchObject({
      reason: "model_decided",
      detail: "Refund above what the AI may grant",
    });
    expect(await eventLines(decided)).toEqual([
      {
        text: "Escalated — Refund above what the AI may grant",
        event: { type: "escalated", reason: "model_decided" },
      },
    ]);
    expect(await eventLines(asked)).toEqual([
      {
        text: 'Escalated — The customer asked for a person ("human")',
        event: { type: "escalated", reason: "asked_for_human" },
      },
    ]);
  });

  it("a person's reply or closing the conversation clears it; the notifications stay", async () => {
    const { tenant, setup, customers } = await escalatingNumber();
    const [replied, closed, archived] = customers;
    await replied.say("A human, please");
    await closed.say("I need a human");
    await archived.say("Human!");
    for (const customer of [replied, closed, archived])
      await expect.poll(async () => (await customer.conversation()).escalated, POLL).toBe(true);
    await expect.poll(async () => (await escalations(tenant)).length, POLL).toBe(3);

    const repliedId = (await replied.conversation()).id;
    const answer = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${repliedId}/messages`, {
      token: tenant.token,
      body: { text: "Hi, I am Maria. How can I help?" },
    });
    expect(answer.status).toBe(201);
    const afterReply = await replied.conversation();
    expect(afterReply).toMatchObject({ escalated: false, aiActive: false });
    expect(afterReply.escalation ?? null).toBeNull();

    const closedId = (await closed.conversation()).id;
    const close = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${closedId}`, {
      method: "PATCH",
      token: tenant.token,
      body: { status: "closed" },
    });
    expect(close.status).toBe(200);
    expect(close.body).toMatchObject({ status: "closed", escalated: false });
    expect(close.body.escalation ?? null).toBeNull();

    // Reopening does not bring the old escalation back.
    const reopened = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${closedId}`, {
      method: "PATCH",
      token: tenant.token,
      body: { status: "open" },
    });
    expect(reopened.body).toMatchObject({ status: "open", escalated: false });

    const archivedId = (await archived.conversation()).id;
    const archive = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${archivedId}`, {
      method: "PATCH",
      token: tenant.token,
      body: { status: "archived" },
    });
    expect(archive.body).toMatchObject({ status: "archived", escalated: false });

    const listed = await api(
      `/api/t/${tenant.slug}/whatsapp/conversations?numberId=${setup.numberId}`,
      { token: tenant.token },
    );
    expect(listed.body.items.filter((c: { escalated: boolean }) => c.escalated === true)).toEqual(
      [],
    );
    expect((await escalations(tenant)).map((n) => n.conversationId).sort()).toEqual(
      [repliedId, closedId, archivedId].sort(),
    );
  });
});
