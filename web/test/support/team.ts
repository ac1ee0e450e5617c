import type { Page } from "playwright-core";
import { expect } from "vitest";
import {
  api,
  newMember,
  newTenant,
  type TestTenant,
} from "../../../packages/local/test/support/api";
import { conversations, phone } from "../../../packages/local/test/support/phone";
import { twilioSandboxNumber } from "../../../packages/local/test/support/providers";

export const CUSTOMER_NAME = "Nora Needs-Help";

async function rename(member: TestTenant, name: string) {
  const renamed = await api("/api/me", { method: "PATCH", token: member.token, body: { name } });
  expect(renamed.status).toBe(200);
}

/**
 * A workspace of its own with two people — Ana Lima (owner) and Bruno Costa (agent) — a Twilio
 * number of the sandbox (no AI agent: people answer) and a customer who wrote from the sandbox phone.
 */
export async function teamWorkspace() {
  const ana = await newTenant();
  await rename(ana, "Ana Lima");
  const bruno = await newMember(ana, "agent");
  await rename(bruno, "Bruno Costa");
  const { address } = await twilioSandboxNumber(ana, { displayName: "Front desk" });
  const customer = `whatsapp:+1557${String(Date.now()).slice(-7)}`;
  const sent = await phone("/messages", {
    type: "text",
    number: address,
    customer,
    name: CUSTOMER_NAME,
    text: "Hello, my refund has not arrived",
  });
  expect(sent.status).toBeLessThan(300);
  await expect.poll(async () => (await conversations(ana)).length, { timeout: 10_000 }).toBe(1);
  const [conversation] = await conversations(ana);
  const conversationId: string = conversation.id;
  return {
    ana,
    bruno,
    address,
    customer,
    conversationId,
    chatPath: `/app/${ana.slug}/whatsapp/${conversationId}`,
  };
}

/** The member's notifications of a type about the conversation (the API's first page). */
export async function notificationsOf(member: TestTenant, type: string, conversationId: string) {
  const { body } = await api(`/api/t/${member.slug}/whatsapp/notifications`, {
    token: member.token,
  });
  return (body.items as { type: string; conversationId: string }[]).filter(
    (item) => item.type === type && item.conversationId === conversationId,
  );
}

/** Phone-sized: nothing scrolls sideways. */
export const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
