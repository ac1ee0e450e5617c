import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { MeResponse } from "@helios/contracts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { aiNumber, aiTenantCustomer, customerOf, POLL } from "./support/ai";
import { api, newMember, newTenant, type TestTenant } from "./support/api";
import { type LocalCloudProcess, startLocalCloud } from "./support/local-cloud-process";
import { modelRequests, newMarker, scriptModel } from "./support/model";
import { randomAddress } from "./support/providers";
import { testTable } from "./support/table";
import { newMessageSid, signedTwilioPost, twilioFixture } from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

const requestInsights = (tenant: TestTenant, conversationId: string, baseUrl?: string) =>
  baseUrl
    ? fetch(`${baseUrl}/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/insights`, {
        method: "POST",
        headers: { authorization: `Bearer ${tenant.token}` },
      }).then(async (res) => ({ status: res.status, body: await res.json() }))
    : api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/insights`, {
        method: "POST",
        token: tenant.token,
      });

const insightsOf = async (tenant: TestTenant, conversationId: string) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}`, {
      token: tenant.token,
    })
  ).body.insights;

/** A conversation where the customer has written and the AI is off (no replies in the way). */
async function conversationWith(tenant: TestTenant, lines: string[]) {
  const setup = await aiNumber(tenant);
  const customer = customerOf(setup);
  await customer.say(lines[0] ?? "Hello");
  const { id } = await customer.conversation();
  await api(`/api/t/${tenant.slug}/whatsapp/conversations/${id}`, {
    method: "PATCH",
    token: tenant.token,
    body: { aiActive: false },
  });
  for (const line of lines.slice(1)) await customer.say(line);
  return { id: id as string, customer };
}

const conversation = async (tenant: TestTenant, lines: string[]) =>
  (await conversationWith(tenant, lines)).id;

describe("insights", () => {
  it("are queued (202), made by the model as structured output, stored on the conversation and pushed live", async () => {
    const tenant = await newTenant();
    const marker = newMarker();
    const conversationId = await conversation(tenant, [
      "Hi, I love the lamp I bought",
      `Could you send me the invoice too? ${marker}`,
    ]);
    const socket = await openSocket(tenant);
    const queued = await requestInsights(tenant, conversationId);
    expect(queued).toMatchObject({
      status: 202,
      body: { status: "queued", jobId: expect.any(String), requestedAt: expect.any(String) },
    });

    await expect
      .poll(() => insightsOf(tenant, conversationId), POLL)
      .toMatchObject({
        source: "ai",
        sentiment: "positive",
        summary: expect.stringContaining("(sandbox model)"),
      });
    const insights = await insightsOf(tenant, conversationId);
    expect(Date.parse(insights.generatedAt)).toBeGreaterThan(Date.now() - 60_000);
    await socket.received(
      "conversation.updated",
      (data) => data.id === conversationId && data.insights?.source === "ai",
    );
    socket.close();
    const [request] = await modelRequests(marker);
    expect(request?.responseFormat).toBe("json_schema");
    expect(request?.model).toBe("sandbox-model");
  });

  it("stay on the conversation that later messages push live", async () => {
    const { tenant, customer } = await aiTenantCustomer();
    await customer.say("Hello, the lamp is lovely");
    const { id } = await customer.conversation();
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${id}`, {
      method: "PATCH",
      token: tenant.token,
      body: { aiActive: false },
    });
    await requestInsights(tenant, id);
    await expect.poll(() => insightsOf(tenant, id), POLL).toBeDefined();

    const socket = await openSocket(tenant);
    await customer.say("And the delivery was quick");
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${id}/messages`, {
      token: tenant.token,
      body: { text: "Thank you!" },
    });
    const updates = () =>
      socket.events.filter(
        (e) => e.type === "conversation.updated" && (e.data as { id: string }).id === id,
      );
    await expect.poll(() => updates().length, POLL).toBeGreaterThanOrEqual(2);
    for (const update of updates()) {
      expect((update.data as { insights?: unknown }).insights).toEqual(
        await insightsOf(tenant, id),
      );
    }
    socket.close();
  });

  it("keep what the model said, with the score bounded to −1…1", async () => {
    const tenant = await newTenant();
    const marker = newMarker();
    const conversationId = await conversation(tenant, [
      "The parcel never came",
      `Where is it? ${marker}`,
    ]);
    await scriptModel(marker, [
      {
        json: {
          sentiment: "negative",
          score: -3,
          summary: "The customer's parcel did not arrive. They want a refund.",
        },
      },
    ]);
    const member = await newMember(tenant, "agent");
    expect((await requestInsights(member, conversationId)).status).toBe(202);
    await expect
      .poll(() => insightsOf(tenant, conversationId), POLL)
      .toMatchObject({
        sentiment: "negative",
        score: -1,
        summary: "The customer's parcel did not arrive. They want a refund.",
        source: "ai",
      });
  });

  it("fall back to the local analyzer when the model keeps failing", async () => {
    const tenant = await newTenant();
    const marker = newMarker();
    const conversationId = await conversation(tenant, [
      "Hello",
      `Thanks, great service! ${marker}`,
    ]);
    await scriptModel(marker, [{ status: 500, times: 5 }]);
    await requestInsights(tenant, conversationId);
    await expect
      .poll(() => insightsOf(tenant, conversationId), POLL)
      .toMatchObject({ source: "local", sentiment: "positive" });
  });

  it("answer 404 for a conversation of another tenant", async () => {
    const tenant = await newTenant();
    const conversationId = await conversation(tenant, ["Hello"]);
    const stranger = await newTenant();
    const res = await requestInsights(stranger, conversationId);
    expect(res.status).toBe(404);
  });

  describe("on their own", () => {
    const insightRequests = async (marker: string) =>
      (await modelRequests(marker)).filter((request) => request.responseFormat === "json_schema");

    it("refresh after every 10 customer messages, and the inbox list shows the sentiment", async () => {
      const tenant = await newTenant();
      const marker = newMarker();
      const nine = Array.from({ length: 9 }, (_, i) => `Message ${i + 1}: the lamp is lovely`);
      const { id: conversationId, customer } = await conversationWith(tenant, nine);
      expect(await insightsOf(tenant, conversationId)).toBeUndefined();
      await customer.say(`And the tenth, thanks a lot ${marker}`);

      await expect
        .poll(() => insightsOf(tenant, conversationId), POLL)
        .toMatchObject({
          source: "ai",
          sentiment: "positive",
        });
      const listed = await api(`/api/t/${tenant.slug}/whatsapp/conversations`, {
        token: tenant.token,
      });
      expect(
        listed.body.items.find((c: { id: string }) => c.id === conversationId).insights,
      ).toMatchObject({ sentiment: "positive", source: "ai" });
      expect(await insightRequests(marker)).toHaveLength(1);
    });

    it("coalesce: while a job is queued, Generate Insights answers 202 with that job and queues no other", async () => {
      const tenant = await newTenant();
      const marker = newMarker();
      const conversationId = await conversation(tenant, [`Hello there ${marker}`]);
      const table = testTable();
      // A job queued and not yet taken by the worker: its marker holds the conversation's slot.
      const queued = { jobId: "01queuedjob", requestedAt: new Date().toISOString() };
      await table.send(
        new PutCommand({
          TableName: "helios-api-test",
          Item: {
            pk: `CONV#${conversationId}`,
            sk: "INSIGHTSJOB",
            type: "insightsJob",
            ...queued,
            expiresAt: Math.floor(Date.now() / 1000) + 600,
          },
        }),
      );
      const answers = await Promise.all(
        [1, 2, 3].map(() => requestInsights(tenant, conversationId)),
      );
      for (const answer of answers)
        expect(answer).toMatchObject({ status: 202, body: { status: "queued", ...queued } });

      // The worker takes the job (its marker goes): the next request queues a new one, which runs.
      await table.send(
        new DeleteCommand({
          TableName: "helios-api-test",
          Key: { pk: `CONV#${conversationId}`, sk: "INSIGHTSJOB" },
        }),
      );
      const fresh = await requestInsights(tenant, conversationId);
      expect(fresh.status).toBe(202);
      expect(fresh.body.jobId).not.toBe(queued.jobId);
      await expect.poll(() => insightsOf(tenant, conversationId), POLL).toBeDefined();
      expect(await insightRequests(marker)).toHaveLength(1);
    });

    it("refresh when the conversation is closed", async () => {
      const tenant = await newTenant();
      const marker = newMarker();
      const conversationId = await conversation(tenant, [
        "Hello",
        `The parcel came broken, this is terrible ${marker}`,
      ]);
      const closed = await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}`, {
        method: "PATCH",
        token: tenant.token,
        body: { status: "closed" },
      });
      expect(closed.status).toBe(200);
      await expect
        .poll(() => insightsOf(tenant, conversationId), POLL)
        .toMatchObject({
          source: "ai",
          sentiment: "negative",
        });
      expect(await insightRequests(marker)).toHaveLength(1);
    });
  });

  describe("without an AI provider", () => {
    let cloud: LocalCloudProcess;
    beforeAll(async () => {
      // A second local cloud on the same table and secrets, but with no OPENAI_API_KEY.
      cloud = await startLocalCloud({
        dataDir: inject("localCloudDataDir"),
        dynamoDbEndpoint: inject("dynamoDbEndpoint"),
        env: {
          OPENAI_API_KEY: "",
          OPENAI_BASE_URL: "",
          SEED_DEMO: "0",
          AI_RETRY_BASE_SECONDS: "0",
        },
      });
    });
    afterAll(async () => {
      await cloud.stop();
    });

    it("say so on /api/me and still fill insights with the local analyzer, labelled local", async () => {
      const tenant = await newTenant();
      const me = MeResponse.parse(
        await fetch(`${cloud.url}/api/me`, {
          headers: { authorization: `Bearer ${tenant.token}` },
        }).then((res) => res.json()),
      );
      expect(me.ai).toEqual({
        configured: false,
        defaultModel: expect.any(String),
        models: expect.any(Array),
      });
      expect((await api("/api/me", { token: tenant.token })).body.ai).toEqual({
        configured: true,
        defaultModel: "sandbox-model",
        models: ["sandbox-model", "gpt-4o", "gpt-4o-mini"],
      });

      const conversationId = await conversation(tenant, [
        "My order arrived damaged and nobody answers my emails.",
        "This is terrible, I am very disappointed.",
      ]);
      const queued = await requestInsights(tenant, conversationId, cloud.url);
      expect(queued).toMatchObject({ status: 202, body: { status: "queued" } });
      await expect
        .poll(() => insightsOf(tenant, conversationId), POLL)
        .toMatchObject({
          source: "local",
          sentiment: "negative",
          score: expect.any(Number),
          summary: expect.stringContaining("Customer: My order arrived damaged"),
        });
      expect((await insightsOf(tenant, conversationId)).score).toBeLessThan(0);
    });

    it("a customer's message that the AI cannot answer notifies people instead", async () => {
      const tenant = await newTenant();
      const setup = await aiNumber(tenant);
      const url = `${cloud.url}/webhooks/twilio/${setup.numberId}`;
      const params = twilioFixture("inbound-text", {
        MessageSid: newMessageSid(),
        From: randomAddress(),
        Body: "Hello, is anyone there?",
      });
      const res = await signedTwilioPost(url, params, setup.authToken);
      expect(res.status).toBe(200);
      await expect
        .poll(
          async () =>
            (await api(`/api/t/${tenant.slug}/whatsapp/notifications`, { token: tenant.token }))
              .body.items,
          POLL,
        )
        .toMatchObject([{ type: "new_message", body: "Hello, is anyone there?", read: false }]);
    });
  });
});
