import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type InboundMessage, storeInbound } from "../src/message/inbound";
import { receiveInbound } from "../src/message/receive-inbound";
import { listMessages } from "../src/message/repository";
import * as Notifications from "../src/notification/use-cases";
import { useFreshTable } from "./support/fresh-table";
import { testActor, testNumber } from "./support/workspace";

useFreshTable();

function workspace() {
  const actor = testActor();
  // An inactive number: its conversations are for people, so each message notifies them.
  const number = testNumber(actor.tenantId, null);
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
