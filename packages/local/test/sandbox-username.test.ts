import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { conversations, type Json, phone, thread } from "./support/phone";
import { metaNumber, twilioSandboxNumber } from "./support/providers";

/**
 * The sandbox phone writing as a username customer (no phone number, only a business-scoped user
 * id), through Meta and through Twilio: Helios stores and shows them, and its replies reach them.
 */

const reply = (tenant: TestTenant, conversationId: string, text: string) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
    token: tenant.token,
    body: { text },
  });

const poll = { timeout: 8000, interval: 150 };
/** The address the phone page uses for a username customer: a user id, no phone. */
const userIdAddress = () => `whatsapp:US.7${Date.now()}${Math.floor(Math.random() * 1000)}`;

async function writeAndGetReply(tenant: TestTenant, number: string, customer: string) {
  const sent = await phone("/messages", {
    number,
    customer,
    name: "Uma Username",
    username: "@uma",
    type: "text",
    text: "Hi, no number here",
  });
  expect(sent.status).toBe(201);
  expect(sent.body.webhook.status).toBe(200);
  const [conversation] = await conversations(tenant);
  expect(conversation.customer).toMatchObject({
    address: customer,
    userId: customer.replace("whatsapp:", ""),
    name: "Uma Username",
  });
  expect(conversation.customer.phone).toBeUndefined();
  expect((await reply(tenant, conversation.id, "Hello Uma")).status).toBe(201);
  await expect
    .poll(async () => (await thread(number, customer)).at(-1), poll)
    .toMatchObject({ direction: "out", text: "Hello Uma", status: "read" });
  return conversation;
}

describe("sandbox phone as a username customer", () => {
  it("writes to a Meta number with from_user_id and a username, and the reply (sent with `recipient`) arrives", async () => {
    const tenant = await newTenant();
    const { phoneNumberId } = await metaNumber(tenant, randomBytes(16).toString("hex"));
    const conversation = await writeAndGetReply(tenant, phoneNumberId, userIdAddress());
    expect(conversation.customer.username).toBe("@uma");
  });

  it("writes to a Twilio number from a whatsapp:US.… address, and the reply arrives", async () => {
    const tenant = await newTenant();
    const { address } = await twilioSandboxNumber(tenant, { displayName: "Phone Support" });
    await writeAndGetReply(tenant, address, userIdAddress());
  });

  it("offers the username field on the page", async () => {
    const html = await (await fetch(`${inject("baseUrl")}/sandbox/phone`)).text();
    expect(html).toContain(">Your username (optional)</label>");
  });
});

describe("sandbox phone: one customer with and without the username", () => {
  it("stays one conversation, and a reply to the phone number shows in the username thread too", async () => {
    const tenant = await newTenant();
    const { phoneNumberId } = await metaNumber(tenant, randomBytes(16).toString("hex"));
    const digits = `1555${String(Date.now()).slice(-7)}`;
    const withPhone = `whatsapp:+${digits}`;
    const asUsername = `whatsapp:US.7${digits}`;
    const first = await phone("/messages", {
      number: phoneNumberId,
      customer: withPhone,
      name: "Ana",
      type: "text",
      text: "With my number",
    });
    expect(first.body.webhook.status).toBe(200);
    const second = await phone("/messages", {
      number: phoneNumberId,
      customer: asUsername,
      name: "Ana",
      username: "@ana",
      type: "text",
      text: "Now as a username",
    });
    expect(second.body.webhook.status).toBe(200);
    const list = await conversations(tenant);
    expect(list).toHaveLength(1);
    expect(list[0].customer).toMatchObject({
      phone: `+${digits}`,
      userId: `US.7${digits}`,
      username: "@ana",
      address: withPhone,
    });
    expect((await reply(tenant, list[0].id, "Got both")).status).toBe(201);
    await expect
      .poll(async () => (await thread(phoneNumberId, asUsername)).map((m: Json) => m.text), poll)
      .toEqual(["With my number", "Now as a username", "Got both"]);
  });
});
