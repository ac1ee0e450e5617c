import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { api, newMember, newTenant, PASSWORD, type TestTenant, uniqueEmail } from "./support/api";
import { API_TEST_TABLE } from "./support/local-cloud-process";
import { connectTwilio, createAgent, randomAddress } from "./support/providers";
import { testTable } from "./support/table";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

interface Notification {
  id: string;
  type: "escalation" | "new_message";
  conversationId: string;
  title: string;
  body: string;
  read: boolean;
}

/**
 * A tenant with a Twilio number; its customer's messages arrive as signed webhooks. With
 * `aiAnswers` the number is active with an agent (conversations start with AI on), else no AI
 * ever runs and conversations start with AI off.
 */
async function workspace({ aiAnswers }: { aiAnswers: boolean }) {
  const owner = await newTenant();
  const { authToken } = await connectTwilio(owner);
  const address = randomAddress();
  const ai = aiAnswers ? { assignedAgentId: (await createAgent(owner)).id, active: true } : {};
  const number = await api(`/api/t/${owner.slug}/whatsapp/numbers`, {
    token: owner.token,
    body: { provider: "twilio", displayName: "Support", address, ...ai },
  });
  const customerWrites = async (text: string) => {
    const res = await postTwilio(
      `/webhooks/twilio/${number.body.id}`,
      twilioFixture("inbound-text", { MessageSid: newMessageSid(), To: address, Body: text }),
      authToken,
    );
    expect(res.status).toBe(200);
  };
  return { owner, customerWrites };
}

const notificationsOf = async (user: TestTenant, query = "") => {
  const res = await api(`/api/t/${user.slug}/whatsapp/notifications${query}`, {
    token: user.token,
  });
  expect(res.status).toBe(200);
  return res.body as { items: Notification[]; unreadCount: number; nextCursor: string | null };
};

const newMessages = async (user: TestTenant) =>
  (await notificationsOf(user)).items.filter((n) => n.type === "new_message");

async function onlyConversation(owner: TestTenant): Promise<string> {
  const conversations = await api(`/api/t/${owner.slug}/whatsapp/conversations`, {
    token: owner.token,
  });
  return conversations.body.items[0].id;
}

async function turnAiOff(owner: TestTenant) {
  const id = await onlyConversation(owner);
  const res = await api(`/api/t/${owner.slug}/whatsapp/conversations/${id}`, {
    method: "PATCH",
    token: owner.token,
    body: { aiActive: false },
  });
  expect(res.status).toBe(200);
  return id;
}

describe("notifications API", () => {
  it("raises a new_message notification only once AI is off, one per conversation, updated live", async () => {
    const { owner, customerWrites } = await workspace({ aiAnswers: true });
    await customerWrites("Hello, anyone there?");
    expect(await newMessages(owner)).toEqual([]);

    const conversationId = await turnAiOff(owner);
    const socket = await openSocket(owner);
    await customerWrites("I need help with my order");
    const [first] = await newMessages(owner);
    expect(first).toMatchObject({
      type: "new_message",
      conversationId,
      title: "2 new messages from Jane Customer",
      body: "I need help with my order",
      read: false,
    });

    await customerWrites("Order #1042, please");
    const collapsed = await newMessages(owner);
    expect(collapsed).toEqual([
      expect.objectContaining({
        id: first?.id,
        title: "3 new messages from Jane Customer",
        body: "Order #1042, please",
      }),
    ]);

    const created = () =>
      socket.events
        .filter((event) => event.type === "notification.created")
        .map((event) => event.data as Notification);
    await expect
      .poll(() => created().map((n) => n.body))
      .toEqual(["I need help with my order", "Order #1042, please"]);
    expect(new Set(created().map((n) => n.id))).toEqual(new Set([first?.id]));
    socket.close();
  });

  it("keeps read state per user: one admin reading leaves it unread for the others", async () => {
    const { owner, customerWrites } = await workspace({ aiAnswers: false });
    const admin = await newMember(owner, "admin");
    const agent = await newMember(owner, "agent");
    await customerWrites("Are you there?");

    const [notification] = await newMessages(admin);
    const read = await api(`/api/t/${owner.slug}/whatsapp/notifications/${notification?.id}/read`, {
      method: "POST",
      token: admin.token,
    });
    expect(read).toMatchObject({ status: 200, body: { id: notification?.id, read: true } });

    expect(await notificationsOf(admin)).toMatchObject({ unreadCount: 0 });
    expect((await notificationsOf(admin, "?unread=true")).items).toEqual([]);
    const forOwner = await notificationsOf(owner);
    expect(forOwner.unreadCount).toBe(1);
    expect(forOwner.items.find((n) => n.id === notification?.id)?.read).toBe(false);
    expect((await notificationsOf(agent)).items.find((n) => n.id === notification?.id)?.read).toBe(
      false,
    );

    // A later message updates the notification, which is unread again for the admin too.
    await customerWrites("Hello??");
    expect(
      (await notificationsOf(admin)).items.find((n) => n.id === notification?.id),
    ).toMatchObject({
      body: "Hello??",
      read: false,
    });

    const readAll = await api(`/api/t/${owner.slug}/whatsapp/notifications/read-all`, {
      method: "POST",
      token: owner.token,
    });
    expect(readAll).toMatchObject({ status: 200, body: { unreadCount: 0 } });
    const afterReadAll = await notificationsOf(owner);
    expect(afterReadAll.unreadCount).toBe(0);
    expect(afterReadAll.items.every((n) => n.read)).toBe(true);
    expect((await notificationsOf(owner, "?unread=true")).items).toEqual([]);
    expect((await notificationsOf(admin)).unreadCount).toBe(1);
    expect((await notificationsOf(agent)).unreadCount).toBe(1);

    // What arrives after "read all" is unread again.
    await customerWrites("Still waiting");
    expect(await notificationsOf(owner, "?unread=true")).toMatchObject({
      unreadCount: 1,
      items: [expect.objectContaining({ id: notification?.id, body: "Still waiting" })],
    });
  });

  it("reading the conversation reads its notification, for the reader only", async () => {
    const { owner, customerWrites } = await workspace({ aiAnswers: false });
    const admin = await newMember(owner, "admin");
    await customerWrites("Can someone call me?");
    const conversationId = await onlyConversation(owner);

    const read = await api(`/api/t/${owner.slug}/whatsapp/conversations/${conversationId}/read`, {
      method: "POST",
      token: admin.token,
    });
    expect(read.status).toBe(200);
    const [forAdmin] = await newMessages(admin);
    expect(forAdmin).toMatchObject({ conversationId, read: true });
    const [forOwner] = await newMessages(owner);
    expect(forOwner).toMatchObject({ conversationId, read: false });
  });

  it("keeps another workspace out", async () => {
    const { owner, customerWrites } = await workspace({ aiAnswers: false });
    await customerWrites("Hi again");
    const [notification] = await newMessages(owner);
    const stranger = await newTenant();

    const list = await api(`/api/t/${owner.slug}/whatsapp/notifications`, {
      token: stranger.token,
    });
    expect(list.status).toBe(403);
    const readTheirs = await api(
      `/api/t/${owner.slug}/whatsapp/notifications/${notification?.id}/read`,
      { method: "POST", token: stranger.token },
    );
    expect(readTheirs.status).toBe(403);
    const readInOwn = await api(
      `/api/t/${stranger.slug}/whatsapp/notifications/${notification?.id}/read`,
      { method: "POST", token: stranger.token },
    );
    expect(readInOwn).toMatchObject({
      status: 404,
      body: { error: { code: "notification_not_found" } },
    });
    expect((await notificationsOf(stranger)).items).toEqual([]);
    expect((await notificationsOf(owner)).items.find((n) => n.id === notification?.id)?.read).toBe(
      false,
    );
  });

  it("leaves out notifications past their 90 days, which DynamoDB Local's TTL never deletes", async () => {
    const signup = await api("/api/auth/signup", {
      body: { email: uniqueEmail(), password: PASSWORD, name: "Owner", tenantName: "Old Shop" },
    });
    const owner: TestTenant = {
      token: signup.body.token,
      slug: signup.body.tenant.slug,
      userId: signup.body.user.id,
      email: signup.body.user.email,
    };
    const tenantId: string = signup.body.tenant.id;
    const longAgo = new Date(Date.now() - 91 * 24 * 3600_000).toISOString();
    const documents = testTable();
    await documents.send(
      new PutCommand({
        TableName: API_TEST_TABLE,
        Item: {
          pk: `TENANT#${tenantId}`,
          sk: "NOTIF#expired",
          gsi1pk: `TENANT#${tenantId}#NOTIFS`,
          gsi1sk: `${longAgo}#expired`,
          type: "notification",
          kind: "escalation",
          tenantId,
          id: "expired",
          conversationId: "gone",
          title: "Old news",
          body: "From last season",
          createdAt: longAgo,
          updatedAt: longAgo,
          expiresAt: Math.floor(Date.parse(longAgo) / 1000) + 90 * 24 * 3600,
        },
      }),
    );
    expect(await notificationsOf(owner)).toEqual({ items: [], unreadCount: 0, nextCursor: null });
    const read = await api(`/api/t/${owner.slug}/whatsapp/notifications/expired/read`, {
      method: "POST",
      token: owner.token,
    });
    expect(read.status).toBe(404);
  });

  it("refuses a cursor it did not give and an unread flag that is not a boolean", async () => {
    const owner = await newTenant();
    const badCursor = await api(`/api/t/${owner.slug}/whatsapp/notifications?cursor=nope`, {
      token: owner.token,
    });
    expect(badCursor).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed" } },
    });
    const badUnread = await api(`/api/t/${owner.slug}/whatsapp/notifications?unread=yes`, {
      token: owner.token,
    });
    expect(badUnread.status).toBe(400);
    expect(await notificationsOf(owner)).toEqual({ items: [], unreadCount: 0, nextCursor: null });
  });
});
