import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { messagesOf, newWamid, signedMetaNumber } from "./support/meta-webhooks";
import { connectTwilio, randomAddress } from "./support/providers";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

const conversations = async (tenant: TestTenant) =>
  (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body.items;

const thread = async (tenant: TestTenant, conversationId: string) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
      token: tenant.token,
    })
  ).body.items;

const reply = (tenant: TestTenant, conversationId: string, text: string) =>
  api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
    token: tenant.token,
    body: { text },
  });

/** Fresh ids and times for a fixture's messages, one second apart, starting `secondsAgo` ago. */
const fresh = (secondsAgo: number) => (payload: Parameters<typeof messagesOf>[0]) => {
  let at = Math.floor(Date.now() / 1000) - secondsAgo;
  for (const message of messagesOf(payload)) {
    message.id = newWamid();
    message.timestamp = String(at++);
  }
};

describe("customers without a phone number (WhatsApp usernames, BSUID)", () => {
  it("a Meta message with no `from` is stored, shown by username, and answered with `recipient`", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    expect((await meta.postFixture("username-message", fresh(60))).status).toBe(200);
    const [conversation] = await conversations(tenant);
    expect(conversation.customer).toEqual({
      address: "whatsapp:US.13491208655302741918",
      name: "Sheena Nelson",
      username: "@sheena.nelson",
      userId: "US.13491208655302741918",
    });
    const [message] = await thread(tenant, conversation.id);
    expect(message).toMatchObject({ kind: "text", text: expect.stringContaining("order #1042") });

    const sent = await reply(tenant, conversation.id, "It ships today");
    expect(sent.status).toBe(201);
    await expect
      .poll(async () => (await thread(tenant, conversation.id)).at(-1)?.status)
      .not.toBe("queued");
    expect((await thread(tenant, conversation.id)).at(-1)).toMatchObject({
      direction: "outbound",
      providerMessageId: expect.stringMatching(/^wamid\./),
    });
    expect((await thread(tenant, conversation.id)).at(-1)?.status).not.toBe("failed");
  });

  it("one customer stays one conversation across phone and username forms, matched on the user id", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    expect((await meta.postFixture("phone-and-user-id-message", fresh(120))).status).toBe(200);
    expect((await meta.postFixture("username-message", fresh(60))).status).toBe(200);
    const list = await conversations(tenant);
    expect(list).toHaveLength(1);
    expect(list[0].customer).toMatchObject({
      userId: "US.13491208655302741918",
      phone: "+16505551234",
      username: "@sheena.nelson",
      // A phone is known: replies go to it (Meta's `to`).
      address: "whatsapp:+16505551234",
    });
    expect(list[0].unreadCount).toBe(2);
  });

  it("user_changed_number and user_changed_user_id update the identity and show as system lines", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    expect((await meta.postFixture("phone-and-user-id-message", fresh(300))).status).toBe(200);
    expect((await meta.postFixture("system-user-changed-number", fresh(200))).status).toBe(200);
    let [conversation] = await conversations(tenant);
    expect(conversation.customer).toMatchObject({
      phone: "+12195555358",
      userId: "US.20871362945310077615",
      address: "whatsapp:+12195555358",
    });
    // The system line is not the customer writing: nothing unread, the last message stays.
    expect(conversation.unreadCount).toBe(1);
    expect(conversation.lastMessage.text).toBe("Hello, I ordered a lamp last week");
    // Nor does it notify anyone (the one notification is still the customer's message).
    const notifications = (
      await api(`/api/t/${tenant.slug}/whatsapp/notifications`, { token: tenant.token })
    ).body.items;
    expect(notifications.map((n: { body: string }) => n.body)).toEqual([
      "Hello, I ordered a lamp last week",
    ]);

    // Written from the new number: the same conversation.
    expect(
      (
        await meta.postFixture("phone-and-user-id-message", (payload) => {
          fresh(100)(payload);
          for (const message of messagesOf(payload)) {
            message.from = "12195555358";
            message.from_user_id = "US.20871362945310077615";
          }
          const contacts = payload.entry[0]?.changes[0]?.value.contacts ?? [];
          Object.assign(contacts[0] ?? {}, {
            wa_id: "12195555358",
            user_id: "US.20871362945310077615",
          });
        })
      ).status,
    ).toBe(200);
    expect(await conversations(tenant)).toHaveLength(1);

    // A new user id for the same customer, reported from the new id's predecessor.
    expect(
      (
        await meta.postFixture("system-user-changed-user-id", (payload) => {
          fresh(50)(payload);
          for (const message of messagesOf(payload)) {
            message.from_user_id = "US.20871362945310077615";
            Object.assign(message.system as object, {
              previous_user_id: "US.20871362945310077615",
            });
          }
        })
      ).status,
    ).toBe(200);
    [conversation] = await conversations(tenant);
    expect(conversation.customer).toMatchObject({
      userId: "US.59201837465019283746",
      phone: "+12195555358",
    });
    const lines = (await thread(tenant, conversation.id)).filter(
      (m: { kind: string }) => m.kind === "system",
    );
    expect(lines.map((m: { text: string }) => m.text)).toEqual([
      "User Sheena Nelson changed from 16505551234 to 12195555358",
      "User's business-scoped user ID changed",
    ]);
  });

  it("delivered statuses of a username customer's reply are read with recipient_user_id", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    await meta.postFixture("username-message", fresh(60));
    const [conversation] = await conversations(tenant);
    const sent = await reply(tenant, conversation.id, "On its way");
    expect(sent.status).toBe(201);
    const wamid = sent.body.providerMessageId as string;
    const raw = (await import("./support/meta-webhooks"))
      .metaFixture("username-statuses", meta.phoneNumberId)
      .replaceAll("OUTBOUND_WAMID", wamid);
    expect((await meta.post(raw)).status).toBe(200);
    await expect
      .poll(async () => (await thread(tenant, conversation.id)).at(-1)?.status)
      .toBe("read");
  });

  it("an unknown or unreadable Meta message is kept as unsupported with Meta's error; the others of the batch are stored", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    const res = await meta.postFixture("batch", (payload) => {
      fresh(100)(payload);
      const messages = messagesOf(payload);
      // One message that breaks the schema (a location without coordinates).
      const broken = messages[1];
      if (broken) broken.location = { name: "Main Office" };
    });
    expect(res.status).toBe(200);
    const [conversation] = await conversations(tenant);
    const items = await thread(tenant, conversation.id);
    expect(items.map((m: { kind: string }) => m.kind)).toEqual([
      "image",
      "unsupported",
      "interactive",
      "unsupported",
    ]);
    expect(items[1].error).toMatchObject({
      code: "unreadable",
      message: expect.stringContaining("location"),
    });
    expect(items[3].error).toEqual({ code: "131051", message: "Message type unknown" });
  });

  it("Twilio: a `whatsapp:US.…` sender with ExternalUserIdentifier is stored, and the reply goes to that address", async () => {
    const tenant = await newTenant();
    const { authToken } = await connectTwilio(tenant);
    const address = randomAddress();
    const number = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
      token: tenant.token,
      body: { provider: "twilio", displayName: "Support", address },
    });
    const userId = `US.${Date.now()}${Math.floor(Math.random() * 1e6)}`;
    const res = await postTwilio(
      `/webhooks/twilio/${number.body.id}`,
      twilioFixture("inbound-username", {
        MessageSid: newMessageSid(),
        To: address,
        From: `whatsapp:${userId}`,
        ExternalUserIdentifier: userId,
      }),
      authToken,
    );
    expect(res.status).toBe(200);
    const [conversation] = await conversations(tenant);
    expect(conversation.customer).toEqual({
      address: `whatsapp:${userId}`,
      name: "Sheena",
      userId,
    });
    const sent = await reply(tenant, conversation.id, "Shipped!");
    expect(sent.status).toBe(201);
    await expect
      .poll(async () => (await thread(tenant, conversation.id)).at(-1)?.status, {
        timeout: 10_000,
        interval: 200,
      })
      .toBe("read");
  });
});

describe("a phone customer's user id learnt from a status", () => {
  it("recipient_user_id on a reply's status links the user id, so their username messages join the conversation", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    // A customer known by phone only (a message from before user ids).
    expect(
      (
        await meta.postFixture("messages-text", (payload) => {
          fresh(120)(payload);
          for (const message of messagesOf(payload)) message.from = "16505551234";
        })
      ).status,
    ).toBe(200);
    const [conversation] = await conversations(tenant);
    expect(conversation.customer.userId).toBeUndefined();
    const sent = await reply(tenant, conversation.id, "Thanks for writing");
    const raw = (await import("./support/meta-webhooks"))
      .metaFixture("username-statuses", meta.phoneNumberId)
      .replaceAll("OUTBOUND_WAMID", sent.body.providerMessageId);
    expect((await meta.post(raw)).status).toBe(200);
    expect((await conversations(tenant))[0].customer.userId).toBe("US.13491208655302741918");

    // Now they write as a username user, without a phone: the same conversation.
    expect((await meta.postFixture("username-message", fresh(10))).status).toBe(200);
    const list = await conversations(tenant);
    expect(list).toHaveLength(1);
    expect(list[0].customer).toMatchObject({
      phone: "+16505551234",
      userId: "US.13491208655302741918",
      username: "@sheena.nelson",
    });
  });
});
