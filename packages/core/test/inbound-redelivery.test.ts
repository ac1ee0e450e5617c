import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "../src/access/actor";
import { type InboundMessage, storeInbound } from "../src/message/inbound";
import { receiveInbound } from "../src/message/receive-inbound";
import { listMessages } from "../src/message/repository";
import * as Notifications from "../src/notification/use-cases";
import type { NumberItem } from "../src/number/number";
import { useFreshTable } from "./support/fresh-table";

useFreshTable();

function workspace() {
  const tenantId = randomUUID();
  const actor: Actor = {
    userId: randomUUID(),
    tenantId,
    slug: `shop-${tenantId.slice(0, 8)}`,
    tenantName: "Shop",
    role: "admin",
  };
  const at = new Date().toISOString();
  // An inactive number: its conversations are for people, so each message notifies them.
  const number: NumberItem = {
    tenantId,
    id: randomUUID(),
    provider: "twilio",
    displayName: "Support",
    address: "whatsapp:+14155550111",
    assignedAgentId: null,
    active: false,
    createdAt: at,
    updatedAt: at,
  };
  return { actor, number };
}

const inbound = (text: string): InboundMessage => ({
  providerMessageId: `SM${randomUUID().replaceAll("-", "")}`,
  from: "whatsapp:+14155550199",
  profileName: "Rosa",
  kind: "text",
  text,
  receivedAt: new Date().toISOString(),
});

describe("a redelivered inbound message", () => {
  it("stores nothing new but runs the follow-ups the first delivery never reached", async () => {
    const { actor, number } = workspace();
    const message = inbound("Is my order on its way?");
    // The first delivery stored the message, then its function died before the follow-ups ran.
    const first = await storeInbound(number, message);
    expect(first.duplicate).toBe(false);
    expect((await Notifications.list(actor, { unread: false, limit: 25 })).items).toHaveLength(0);

    // The provider got no 200 and delivers again.
    await receiveInbound(actor, number, message);
    const notifications = await Notifications.list(actor, { unread: false, limit: 25 });
    expect(notifications.items).toMatchObject([
      { type: "new_message", body: "Is my order on its way?", read: false },
    ]);
    const conversationId = first.duplicate ? "" : first.conversation.id;
    expect((await listMessages(conversationId, 10)).items).toHaveLength(1);

    // Once more: still one message, still one notification.
    await receiveInbound(actor, number, message);
    expect((await listMessages(conversationId, 10)).items).toHaveLength(1);
    expect((await Notifications.list(actor, { unread: false, limit: 25 })).items).toHaveLength(1);
  });
});
