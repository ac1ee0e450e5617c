import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "@helios/core/db/keys";
import { describe, expect, inject, it } from "vitest";
import { api, newMember, newTenant, type TestTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { postMeta } from "./support/meta-webhooks";
import { metaNumber, randomAddress } from "./support/providers";
import { testTable } from "./support/table";

type Fault = "unavailable" | "timeout" | "unauthorized";

/** Arms the sandbox: the next `times` sends to this customer fail with `fault`, through either provider. */
async function armFault(to: string, fault: Fault, times = 1) {
  const res = await fetch(`${inject("baseUrl")}/_sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to, fault, times }),
  });
  expect(res.status).toBe(201);
}

/** A conversation on a Twilio number, started by a customer with an address of its own. */
const twilioConversation = (tenant: TestTenant) => conversationWith(tenant, randomAddress());

/** A conversation on a Meta number: Meta's own text-message payload, from a customer of its own. */
async function metaConversation(tenant: TestTenant) {
  const { numberId, phoneNumberId, appSecret } = await metaNumber(tenant);
  const waId = randomAddress().replace("whatsapp:+", "");
  const raw = readFileSync(new URL("./fixtures/meta/messages-text.json", import.meta.url), "utf8")
    .replaceAll("PHONE_NUMBER_ID", phoneNumberId)
    .replaceAll("16505551234", waId)
    // The window counts from the message's own time: make it now.
    .replace("1749416383", String(Math.floor(Date.now() / 1000)))
    .replace(/wamid\.[A-Za-z0-9=]+/, `wamid.${randomBytes(12).toString("hex")}`);
  const delivered = await postMeta(numberId, appSecret ?? "", raw);
  expect(delivered.status).toBe(200);
  const list = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token });
  return { customer: waId, conversationId: list.body.items[0].id as string };
}

const messagesPath = (tenant: TestTenant, conversationId: string) =>
  `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`;

const send = (tenant: TestTenant, conversationId: string, text: string) =>
  api(messagesPath(tenant, conversationId), { token: tenant.token, body: { text } });

const retry = (tenant: TestTenant, conversationId: string, messageId: string) =>
  api(`${messagesPath(tenant, conversationId)}/${messageId}/retry`, {
    token: tenant.token,
    method: "POST",
  });

const stored = async (tenant: TestTenant, conversationId: string, messageId: string) =>
  (await api(messagesPath(tenant, conversationId), { token: tenant.token })).body.items.find(
    (message: { id: string }) => message.id === messageId,
  );

interface FaultCase {
  provider: string;
  open: (tenant: TestTenant) => Promise<{ customer: string; conversationId: string }>;
  fault: Fault;
  code: RegExp;
  reason: RegExp;
}
const twilioCase = (fault: Fault, code: RegExp, reason: RegExp): FaultCase => ({
  provider: "Twilio",
  open: twilioConversation,
  fault,
  code,
  reason,
});
const metaCase = (fault: Fault, code: RegExp, reason: RegExp): FaultCase => ({
  provider: "Meta",
  open: metaConversation,
  fault,
  code,
  reason,
});
const unavailable = /^provider_unavailable$/;
const cases: FaultCase[] = [
  twilioCase("unavailable", unavailable, /Twilio.*HTTP 503.*Retry/),
  twilioCase("timeout", unavailable, /Twilio did not answer in time.*Retry/),
  twilioCase("unauthorized", /^20003$/, /refused the saved credentials/),
  metaCase("unavailable", unavailable, /Meta.*HTTP 503.*Retry/),
  metaCase("timeout", unavailable, /Meta did not answer in time/),
  metaCase("unauthorized", /^190$/, /refused the saved credentials/),
];

describe("provider faults during a send", () => {
  it.each(cases)(
    "$provider $fault → a failed message with its reason; a retry then sends it, once",
    async ({ open, fault, code, reason }) => {
      const tenant = await newTenant();
      const { customer, conversationId } = await open(tenant);
      await armFault(customer, fault);

      const sent = await send(tenant, conversationId, "Your order ships today");
      expect(sent).toMatchObject({
        status: 201,
        body: {
          status: "failed",
          providerMessageId: "",
          error: { code: expect.stringMatching(code) },
        },
      });
      expect(sent.body.error.message).toMatch(reason);
      expect(await stored(tenant, conversationId, sent.body.id)).toMatchObject({
        status: "failed",
      });

      const retried = await retry(tenant, conversationId, sent.body.id);
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({
        id: sent.body.id,
        providerMessageId: expect.stringMatching(/.+/),
      });
      expect(retried.body.error).toBeUndefined();
      const messages = (await api(messagesPath(tenant, conversationId), { token: tenant.token }))
        .body.items;
      expect(
        messages.filter((m: { text: string }) => m.text === "Your order ships today"),
      ).toHaveLength(1);
      await expect
        .poll(async () => (await stored(tenant, conversationId, sent.body.id)).status, {
          timeout: 10_000,
        })
        .toBe("read");
    },
  );

  it("a message the provider accepted, or one that did not fail, cannot be retried", async () => {
    const tenant = await newTenant();
    const { conversationId } = await twilioConversation(tenant);
    const sent = await send(tenant, conversationId, "Hello");
    expect(sent.body.providerMessageId).not.toBe("");
    const res = await retry(tenant, conversationId, sent.body.id);
    expect(res).toMatchObject({ status: 409, body: { error: { code: "not_retryable" } } });
    const inbound = (await api(messagesPath(tenant, conversationId), { token: tenant.token })).body
      .items[0];
    expect((await retry(tenant, conversationId, inbound.id)).status).toBe(409);
    expect((await retry(tenant, conversationId, "no-such-message")).status).toBe(404);
  });

  it("two retries at once send the message once", async () => {
    const tenant = await newTenant();
    const { customer, conversationId } = await twilioConversation(tenant);
    await armFault(customer, "unavailable");
    const sent = await send(tenant, conversationId, "Once only");
    expect(sent.body.status).toBe("failed");
    const [a, b] = await Promise.all([
      retry(tenant, conversationId, sent.body.id),
      retry(tenant, conversationId, sent.body.id),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it("another tenant cannot retry a tenant's message, and an agent can", async () => {
    const tenant = await newTenant();
    const { customer, conversationId } = await twilioConversation(tenant);
    await armFault(customer, "unavailable");
    const sent = await send(tenant, conversationId, "Hi");
    const stranger = await newTenant();
    const foreign = await api(
      `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages/${sent.body.id}/retry`,
      { token: stranger.token, method: "POST" },
    );
    expect([403, 404]).toContain(foreign.status);
    const agent = await newMember(tenant, "agent");
    const byAgent = await api(`${messagesPath(tenant, conversationId)}/${sent.body.id}/retry`, {
      token: agent.token,
      method: "POST",
    });
    expect(byAgent.status).toBe(200);
  });

  it("a message left queued by a function that died is sent by a retry, once it is clearly stuck", async () => {
    const tenant = await newTenant();
    const { customer, conversationId } = await twilioConversation(tenant);
    await armFault(customer, "unavailable");
    const sent = await send(tenant, conversationId, "Lost in transit?");
    // As if the function had died after storing it and before calling Twilio.
    const table = testTable();
    const makeQueued = (ageMs: number) =>
      table.send(
        new UpdateCommand({
          TableName: "helios-api-test",
          Key: keys.message(conversationId, sent.body.id),
          UpdateExpression:
            "SET #status = :queued, statusRank = :rank, createdAt = :at REMOVE #error",
          ExpressionAttributeNames: { "#status": "status", "#error": "error" },
          ExpressionAttributeValues: {
            ":queued": "queued",
            ":rank": 1,
            ":at": new Date(Date.now() - ageMs).toISOString(),
          },
        }),
      );
    await makeQueued(10_000);
    const tooSoon = await retry(tenant, conversationId, sent.body.id);
    expect(tooSoon).toMatchObject({ status: 409, body: { error: { code: "not_retryable" } } });

    await makeQueued(3 * 60_000);
    const [a, b] = await Promise.all([
      retry(tenant, conversationId, sent.body.id),
      retry(tenant, conversationId, sent.body.id),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const retried = a.status === 200 ? a : b;
    expect(retried.body).toMatchObject({
      id: sent.body.id,
      providerMessageId: expect.stringMatching(/^SM/),
    });
  });
});
