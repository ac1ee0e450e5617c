import { randomUUID } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import type { Actor } from "../src/access/actor";
import type { ConversationItem } from "../src/conversation/conversation";
import { db } from "../src/db/client";
import { keys } from "../src/db/keys";
import type { MessageItem } from "../src/message/message";
import { notifyEscalation, notifyNewMessage } from "../src/notification/create";
import { RETENTION_SECONDS } from "../src/notification/notification";
import * as Notifications from "../src/notification/use-cases";
import type { NumberItem } from "../src/number/number";
import { useFreshTable } from "./support/fresh-table";

const { tableName } = useFreshTable();

/** Notifications need only the tenant's keys: no sign-up is involved in what is tested here. */
function workspace() {
  const tenantId = randomUUID();
  const actor = (role: Actor["role"] = "admin"): Actor => ({
    userId: randomUUID(),
    tenantId,
    slug: `shop-${tenantId.slice(0, 8)}`,
    tenantName: "Shop",
    role,
  });
  return { tenantId, actor };
}

function conversation(tenantId: string, changes: Partial<ConversationItem> = {}): ConversationItem {
  const at = new Date().toISOString();
  return {
    tenantId,
    id: randomUUID().slice(0, 22),
    numberId: "n1",
    customer: { address: "whatsapp:+14155550100", name: "Rosa" },
    status: "open",
    aiActive: true,
    escalated: false,
    lastMessage: { text: "hi", direction: "inbound", at },
    unreadCount: 1,
    windowExpiresAt: null,
    assignee: null,
    labels: [],
    lastInboundAt: at,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...changes,
  };
}

function inbound(tenant: Actor, conv: ConversationItem, text: string) {
  const message = {
    tenantId: tenant.tenantId,
    provider: "twilio",
    id: randomUUID(),
    conversationId: conv.id,
    direction: "inbound",
    author: "customer",
    kind: "text",
    text,
    status: "received",
    statusRank: 0,
    providerMessageId: `SM${randomUUID()}`,
    createdAt: new Date().toISOString(),
  } as MessageItem;
  return { tenant, number: {} as NumberItem, conversation: conv, message };
}

describe("notifications in core", () => {
  it("an escalation becomes an unread notification with the reason", async () => {
    const { tenantId, actor } = workspace();
    const me = actor();
    const conv = conversation(tenantId);
    await notifyEscalation({
      tenant: me,
      conversation: conv,
      reason: "Customer asked for a human",
    });
    const list = await Notifications.list(me, { unread: false, limit: 25 });
    expect(list.unreadCount).toBe(1);
    expect(list.items).toEqual([
      expect.objectContaining({
        type: "escalation",
        conversationId: conv.id,
        title: "Rosa needs a person",
        body: "Customer asked for a human",
        read: false,
      }),
    ]);
  });

  it("a message to a conversation an AI answers raises nothing; AI off or escalated does", async () => {
    const { tenantId, actor } = workspace();
    const me = actor();
    await notifyNewMessage(inbound(me, conversation(tenantId), "AI handles this"));
    expect(
      (await Notifications.list(me, { unread: false, limit: 25 }).then((l) => l.items)).length,
    ).toBe(0);

    await notifyNewMessage(inbound(me, conversation(tenantId, { aiActive: false }), "AI off"));
    await notifyNewMessage(inbound(me, conversation(tenantId, { escalated: true }), "escalated"));
    const list = await Notifications.list(me, { unread: false, limit: 25 });
    expect(list.items.map((n) => [n.type, n.body])).toEqual([
      ["new_message", "escalated"],
      ["new_message", "AI off"],
    ]);
  });

  it("a later message updates the conversation's notification; the same message again changes nothing", async () => {
    const { tenantId, actor } = workspace();
    const me = actor();
    const conv = conversation(tenantId, { aiActive: false });
    const first = inbound(me, conv, "Hello?");
    await notifyNewMessage(first);
    const later = inbound(me, { ...conv, unreadCount: 2 }, "Anyone?");
    later.message.createdAt = new Date(Date.parse(first.message.createdAt) + 1000).toISOString();
    await notifyNewMessage(later);
    const [updated] = (await Notifications.list(me, { unread: false, limit: 25 })).items;
    expect(updated).toMatchObject({ title: "2 new messages from Rosa", body: "Anyone?" });

    await Notifications.markRead(me, updated?.id ?? "");
    // A redelivered webhook runs the follow-ups again; an older message arriving late too.
    await notifyNewMessage(later);
    await notifyNewMessage(first);
    const list = await Notifications.list(me, { unread: false, limit: 25 });
    expect(list.items).toEqual([expect.objectContaining({ body: "Anyone?", read: true })]);
    expect(list.unreadCount).toBe(0);
  });

  it("counts only unread messages: once read (one by one or all), the next message is '1 new message' again", async () => {
    const { tenantId, actor } = workspace();
    const me = actor();
    const other = actor("agent");
    // Nobody opens the chat: the conversation's own unread count keeps growing.
    const conv = conversation(tenantId, { aiActive: false, unreadCount: 0 });
    let at = Date.now();
    const says = async (text: string) => {
      conv.unreadCount += 1;
      const next = inbound(me, conv, text);
      at += 1000;
      next.message.createdAt = new Date(at).toISOString();
      await notifyNewMessage(next);
    };
    const titleFor = async (who: Actor) =>
      (await Notifications.list(who, { unread: false, limit: 25 })).items[0]?.title;

    await says("Hello?");
    expect(await titleFor(me)).toBe("New message from Rosa");
    await says("Anyone?");
    expect(await titleFor(me)).toBe("2 new messages from Rosa");

    const [notification] = (await Notifications.list(me, { unread: false, limit: 25 })).items;
    await Notifications.markRead(me, notification?.id ?? "");
    await says("Still there?");
    expect(await titleFor(me)).toBe("New message from Rosa");
    await says("Hello??");
    expect(await titleFor(other)).toBe("2 new messages from Rosa");

    await Notifications.markAllRead(other);
    await says("OK, thanks");
    expect(await titleFor(me)).toBe("New message from Rosa");
    expect(await titleFor(other)).toBe("New message from Rosa");
  });

  it("skips and does not count notifications past their 90 days", async () => {
    const { tenantId, actor } = workspace();
    const me = actor();
    const old = new Date(Date.now() - (RETENTION_SECONDS + 60) * 1000).toISOString();
    await db().send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.notification(tenantId, "expired-1"),
          ...keys.notificationIndex(tenantId, old, "expired-1"),
          type: "notification",
          kind: "escalation",
          tenantId,
          id: "expired-1",
          conversationId: "c1",
          title: "Old",
          body: "Long ago",
          createdAt: old,
          updatedAt: old,
          expiresAt: Math.floor(Date.parse(old) / 1000) + RETENTION_SECONDS,
        },
      }),
    );
    await notifyEscalation({ tenant: me, conversation: conversation(tenantId), reason: "Fresh" });
    const list = await Notifications.list(me, { unread: false, limit: 25 });
    expect(list.items.map((n) => n.body)).toEqual(["Fresh"]);
    expect(list.unreadCount).toBe(1);
    await expect(Notifications.markRead(me, "expired-1")).rejects.toMatchObject({ status: 404 });
  });

  it("pages newest first with a cursor, and the unread filter pages too", async () => {
    const { tenantId, actor } = workspace();
    const me = actor();
    for (const reason of ["one", "two", "three", "four", "five"]) {
      await notifyEscalation({ tenant: me, conversation: conversation(tenantId), reason });
    }
    const first = await Notifications.list(me, { unread: false, limit: 2 });
    expect(first.items.map((n) => n.body)).toEqual(["five", "four"]);
    const second = await Notifications.list(me, {
      unread: false,
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((n) => n.body)).toEqual(["three", "two"]);

    await Notifications.markRead(me, first.items[1]?.id ?? "");
    const unread = await Notifications.list(me, { unread: true, limit: 25 });
    expect(unread.items.map((n) => n.body)).toEqual(["five", "three", "two", "one"]);
    expect(unread.unreadCount).toBe(4);
  });
});
