import { SendMessageCommand } from "@aws-sdk/client-sqs";
import { describe, expect, it } from "vitest";
import { aiNumber, aiTenantCustomer, customerOf, POLL } from "./support/ai";
import { api, newTenant } from "./support/api";
import { drain } from "./support/drain";
import { modelRequests, newMarker, scriptModel } from "./support/model";
import { closeWindow, tenantIdOf, testQueues } from "./support/table";

describe("AI replies on WhatsApp", () => {
  it("answers a customer through the provider as author ai, with the agent's instructions and model", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant, {
      instructions: "Sign every answer as Ava from Helios Shop.",
      model: "gpt-4o",
    });
    const customer = customerOf(setup);
    const marker = newMarker();
    await customer.sayAndAwaitAi(`Hello ${marker}, do you ship to Spain?`);
    const [reply] = await customer.aiTexts();
    expect(reply).toContain(`Hello ${marker}, do you ship to Spain?`);
    const messages = await customer.messages();
    const sent = messages.find((m) => m.author === "ai") as unknown as {
      direction: string;
      providerMessageId: string;
    };
    expect(sent).toMatchObject({
      direction: "outbound",
      providerMessageId: expect.stringMatching(/^SM/),
    });

    const [request] = await modelRequests(marker);
    expect(request?.model).toBe("gpt-4o");
    expect(request?.tools).toEqual(["hand_off_to_human"]);
    expect(request?.messages[0]).toMatchObject({ role: "system" });
    expect(request?.messages[0]?.content).toContain("Sign every answer as Ava from Helios Shop.");
    expect(request?.messages.at(-1)).toEqual({
      role: "user",
      content: `Hello ${marker}, do you ship to Spain?`,
    });
  });

  it("sends nothing when AI is off, a person replied, or the window closed", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant);

    // Each customer's first message is answered, so each conversation starts with its AI on.
    const aiOff = customerOf(setup);
    const personReplied = customerOf(setup);
    const windowClosed = customerOf(setup);
    const control = customerOf(setup);
    for (const customer of [aiOff, personReplied, windowClosed, control])
      await customer.say("Hi there");
    for (const customer of [aiOff, personReplied, windowClosed, control])
      await expect.poll(() => customer.aiTexts(), POLL).toHaveLength(1);

    const markers = { aiOff: newMarker(), personReplied: newMarker(), windowClosed: newMarker() };
    const aiOffConversation = await aiOff.conversation();
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${aiOffConversation.id}`, {
      method: "PATCH",
      token: tenant.token,
      body: { aiActive: false },
    });
    await aiOff.say(`Still there? ${markers.aiOff}`);

    await personReplied.say(`Where is my parcel? ${markers.personReplied}`);
    const personConversation = await personReplied.conversation();
    const answered = await api(
      `/api/t/${tenant.slug}/whatsapp/conversations/${personConversation.id}/messages`,
      { token: tenant.token, body: { text: "Let me check that for you." } },
    );
    expect(answered.status).toBe(201);

    // Looked up now, so that closing the window below is one write inside the turn's debounce.
    await tenantIdOf(tenant);
    await windowClosed.say(`Can you help? ${markers.windowClosed}`);
    const windowConversation = await windowClosed.conversation();
    // The 24 h window closes while the turn waits out its debounce.
    await closeWindow(tenant, windowConversation.id, 1000);

    const controlMarker = newMarker();
    await control.sayAndAwaitAi(`And one more question ${controlMarker}`, 2);
    await drain();

    expect(await aiOff.aiTexts()).toHaveLength(1);
    expect(await personReplied.aiTexts()).toHaveLength(1);
    expect(await windowClosed.aiTexts()).toHaveLength(1);
    for (const marker of Object.values(markers)) expect(await modelRequests(marker)).toEqual([]);
  });

  it("sends nothing once the number is deactivated or its agent loses WhatsApp", async () => {
    const { tenant, setup, customer } = await aiTenantCustomer();
    await customer.sayAndAwaitAi("Hello");

    const deactivated = await api(`/api/t/${tenant.slug}/whatsapp/numbers/${setup.numberId}`, {
      method: "PATCH",
      token: tenant.token,
      body: { active: false },
    });
    expect(deactivated.status).toBe(200);
    const inactiveMarker = newMarker();
    await customer.say(`Anyone? ${inactiveMarker}`);

    const noWhatsApp = await api(`/api/t/${tenant.slug}/agents/${setup.agentId}`, {
      method: "PATCH",
      token: tenant.token,
      body: { channels: { whatsapp: false } },
    });
    expect(noWhatsApp.status).toBe(200);
    const agentMarker = newMarker();
    await customer.say(`Hello again ${agentMarker}`);

    // A control conversation on another tenant shows the worker is running meanwhile.
    const other = await aiNumber(await newTenant());
    const control = customerOf(other);
    await control.sayAndAwaitAi(`Control ${newMarker()}`);
    await drain();

    expect(await customer.aiTexts()).toHaveLength(1);
    expect(await modelRequests(inactiveMarker)).toEqual([]);
    expect(await modelRequests(agentMarker)).toEqual([]);
  });

  it("answers a burst of customer messages once, with all of them in the prompt", async () => {
    const tenant = await newTenant();
    const customer = customerOf(await aiNumber(tenant));
    const marker = newMarker();
    await customer.say(`Hi ${marker}`);
    await customer.say(`I ordered a lamp last week ${marker}`);
    await customer.sayAndAwaitAi(`When will it arrive? ${marker}`);
    await drain();
    const texts = await customer.aiTexts();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(`When will it arrive? ${marker}`);
    const requests = await modelRequests(marker);
    expect(requests).toHaveLength(1);
    const userTurns = requests[0]?.messages.filter((m) => m.role === "user").map((m) => m.content);
    expect(userTurns).toEqual([
      `Hi ${marker}`,
      `I ordered a lamp last week ${marker}`,
      `When will it arrive? ${marker}`,
    ]);
  });

  it("keeps each conversation's turns in order under concurrent conversations: a slow answer to an older message is never sent after a newer one", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant);
    const conversations = await Promise.all(
      Array.from({ length: 4 }, async (_, index) => {
        const customer = customerOf(setup);
        const first = newMarker();
        const second = newMarker();
        await scriptModel(first, [{ reply: `slow answer ${index}`, delayMs: 1500 }]);
        await scriptModel(second, [{ reply: `answer ${index} to the newest` }]);
        await customer.say(`First question ${first}`);
        // The first turn is past its debounce and waiting on the model when the customer writes again.
        await expect.poll(async () => (await modelRequests(first)).length, POLL).toBe(1);
        await customer.say(`Second question ${second}`);
        return { customer, index };
      }),
    );
    for (const { customer, index } of conversations) {
      await expect.poll(() => customer.aiTexts(), POLL).toEqual([`answer ${index} to the newest`]);
      const messages = await customer.messages();
      expect(messages.map((m) => m.author)).toEqual(["customer", "customer", "ai"]);
    }
    await drain();
    for (const { customer, index } of conversations)
      expect(await customer.aiTexts()).toEqual([`answer ${index} to the newest`]);
  });

  it("retries a rate-limited or failing model through the queue, then answers once", async () => {
    const tenant = await newTenant();
    const customer = customerOf(await aiNumber(tenant));
    const marker = newMarker();
    await scriptModel(marker, [{ status: 429 }, { status: 500 }, { reply: "Sorry for the wait!" }]);
    await customer.say(`Is the shop open today? ${marker}`);

    await expect.poll(() => customer.aiTexts(), POLL).toEqual(["Sorry for the wait!"]);
    expect(await modelRequests(marker)).toHaveLength(3);
    const conversation = await customer.conversation();
    expect(conversation).toMatchObject({ aiActive: true, escalated: false });
  });

  it("answers a customer message once even when its job is delivered again", async () => {
    const tenant = await newTenant();
    const customer = customerOf(await aiNumber(tenant));
    const marker = newMarker();
    await customer.sayAndAwaitAi(`Do you deliver on Sundays? ${marker}`);

    const conversation = await customer.conversation();
    const [inbound] = (await customer.messages()) as unknown as { id: string }[];
    const { sqs, url } = testQueues();
    // The same job again, as SQS may deliver it twice (a new deduplication id gets it past FIFO's).
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: url("ai-replies.fifo"),
        MessageGroupId: conversation.id,
        MessageDeduplicationId: `${inbound?.id}-again`,
        MessageBody: JSON.stringify({
          kind: "ai.reply",
          tenant: { tenantId: await tenantIdOf(tenant), slug: tenant.slug },
          conversationId: conversation.id,
          messageId: inbound?.id,
        }),
      }),
    );
    const control = customerOf(await aiNumber(await newTenant()));
    await control.sayAndAwaitAi(`Control ${newMarker()}`);
    await drain();
    expect(await customer.aiTexts()).toHaveLength(1);
    expect(await modelRequests(marker)).toHaveLength(1);
  });
});
