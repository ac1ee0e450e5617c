import { ReceiveMessageCommand } from "@aws-sdk/client-sqs";
import { DEFAULT_HANDOFF_MESSAGE } from "@helios/contracts";
import { describe, expect, it } from "vitest";
import { aiNumber, aiTenantCustomer, customerOf, POLL } from "./support/ai";
import { api, newTenant, type TestTenant } from "./support/api";
import { modelRequests, newMarker, scriptModel } from "./support/model";
import { testQueues } from "./support/table";
import { openSocket } from "./support/websocket";

const escalations = async (tenant: TestTenant) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/notifications`, { token: tenant.token })
  ).body.items.filter((n: { type: string }) => n.type === "escalation") as {
    conversationId: string;
    body: string;
  }[];

const HANDOFF = "One of our people will answer you in a few minutes.";

describe("AI hand-off to people", () => {
  it("hands off when the model calls hand_off_to_human: AI off, escalated, the customer told, people notified with the reason", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant, { escalation: { keywords: [], handoffMessage: HANDOFF } });
    const socket = await openSocket(tenant);
    const customer = customerOf(setup);
    const marker = newMarker();
    await scriptModel(marker, [{ handoff: "Refund above the limit the AI may grant" }]);
    await customer.say(`I want a refund of 900 euros ${marker}`);

    await expect.poll(() => customer.aiTexts(), POLL).toEqual([HANDOFF]);
    const conversation = await customer.conversation();
    expect(conversation).toMatchObject({ aiActive: false, escalated: true });
    await expect
      .poll(() => escalations(tenant), POLL)
      .toEqual([
        expect.objectContaining({
          conversationId: conversation.id,
          body: "Refund above the limit the AI may grant",
        }),
      ]);
    await expect.poll(() => socket.types(), POLL).toContain("notification.created");
    await expect
      .poll(
        () =>
          socket.events.some(
            (e) =>
              e.type === "conversation.updated" &&
              (e.data as { escalated: boolean }).escalated === true,
          ),
        POLL,
      )
      .toBe(true);
    socket.close();

    // From now on the conversation is for people only.
    const later = newMarker();
    await customer.say(`Hello? ${later}`);
    const control = customerOf(setup);
    await control.sayAndAwaitAi(`Control ${newMarker()}`);
    expect(await customer.aiTexts()).toEqual([HANDOFF]);
    expect(await modelRequests(later)).toEqual([]);
  });

  it("hands off on the agent's escalation keywords, whatever the case and accents, without asking the model", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant, {
      escalation: { keywords: ["atención al cliente", "human"], handoffMessage: HANDOFF },
    });
    const spanish = customerOf(setup);
    const english = customerOf(setup);
    const unrelated = customerOf(setup);
    const markers = [newMarker(), newMarker(), newMarker()] as const;
    await spanish.say(`Quiero ATENCION AL CLIENTE ya ${markers[0]}`);
    await english.say(`Can I talk to a HUMAN please? ${markers[1]}`);
    // "humanity" contains the keyword but is another word.
    await unrelated.say(`Your shop restores my faith in humanity ${markers[2]}`);

    await expect.poll(() => spanish.aiTexts(), POLL).toEqual([HANDOFF]);
    await expect.poll(() => english.aiTexts(), POLL).toEqual([HANDOFF]);
    await expect.poll(() => unrelated.aiTexts(), POLL).toHaveLength(1);
    expect((await unrelated.aiTexts())[0]).not.toBe(HANDOFF);
    expect(await modelRequests(markers[0])).toEqual([]);
    expect(await modelRequests(markers[1])).toEqual([]);
    const reasons = (await escalations(tenant)).map((n) => n.body).sort();
    expect(reasons).toEqual([
      'The customer asked for a person ("atención al cliente")',
      'The customer asked for a person ("human")',
    ]);
    expect(await unrelated.conversation()).toMatchObject({ aiActive: true, escalated: false });
  });

  it("hands off when the customer is repeatedly negative", async () => {
    const { tenant, customer } = await aiTenantCustomer();
    await customer.sayAndAwaitAi("My order arrived broken, this is terrible.");
    expect(await customer.conversation()).toMatchObject({ aiActive: true });

    await customer.sayAndAwaitAi(
      "This is awful. Worst service ever, I am really angry and disappointed.",
      2,
    );
    expect((await customer.aiTexts())[1]).toBe(DEFAULT_HANDOFF_MESSAGE);
    expect(await customer.conversation()).toMatchObject({ aiActive: false, escalated: true });
    const [notification] = await escalations(tenant);
    expect(notification?.body).toBe("The customer is upset (repeated negative messages)");
  });

  it("hands off when the provider keeps failing (timeouts, 429, 5xx) after the queue's last retry", async () => {
    const tenant = await newTenant();
    const setup = await aiNumber(tenant, { escalation: { keywords: [], handoffMessage: HANDOFF } });
    const customer = customerOf(setup);
    const marker = newMarker();
    // Five deliveries (the queue's maxReceiveCount): a timeout, a rate limit, then server errors.
    await scriptModel(marker, [
      { delayMs: 2500 },
      { status: 429 },
      { status: 500 },
      { status: 503, times: 2 },
    ]);
    await customer.say(`Do you have this in blue? ${marker}`);

    await expect.poll(() => customer.aiTexts(), { ...POLL, timeout: 25_000 }).toEqual([HANDOFF]);
    expect(await modelRequests(marker)).toHaveLength(5);
    expect(await customer.conversation()).toMatchObject({
      aiActive: false,
      escalated: true,
      escalation: { reason: "provider_failed" },
    });
    // People's notification is written after the hand-off message is sent: wait for it.
    await expect
      .poll(async () => (await escalations(tenant))[0]?.body, POLL)
      .toMatch(/^The AI failed to answer after retries: /);

    // The job itself is kept in the dead-letter queue.
    const { sqs, url } = testQueues();
    const deadLetters = async () => {
      const { Messages } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: url("ai-replies-dlq.fifo"),
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 0,
        }),
      );
      return (Messages ?? []).map((m) => m.Body ?? "");
    };
    const conversationId: string = (await customer.conversation()).id;
    await expect
      .poll(async () => (await deadLetters()).some((body) => body.includes(conversationId)), POLL)
      .toBe(true);
  });
});
