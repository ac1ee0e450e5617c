import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { messagesOf as metaMessagesOf, newWamid, signedMetaNumber } from "./support/meta-webhooks";
import { randomAddress } from "./support/providers";
import {
  newMessageSid,
  postTwilio,
  statusCallback,
  twilioFixture,
} from "./support/twilio-webhooks";
import { openSocket } from "./support/websocket";

const messagesOf = async (tenant: TestTenant, conversationId: string) =>
  (
    await api(`/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}/messages`, {
      token: tenant.token,
    })
  ).body.items as { id: string; providerMessageId: string; status: string; text: string }[];

describe("status callbacks are bound to the webhook number's tenant and number", () => {
  it("tenant B's signed callback naming tenant A's MessageSid changes nothing, and B hears nothing of A", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const victim = await conversationWith(a, "whatsapp:+14155550171");
    const [secret] = await messagesOf(a, victim.conversationId);
    if (!secret) throw new Error("tenant A has no message");
    const attacker = await conversationWith(b, "whatsapp:+14155550172");
    const socket = await openSocket(b);

    for (const status of ["delivered", "failed", "undelivered"]) {
      const res = await postTwilio(
        `/webhooks/twilio/${attacker.numberId}/status`,
        statusCallback(secret.providerMessageId, status, { ErrorCode: "30008" }),
        attacker.authToken,
      );
      expect(res.status).toBe(200);
    }
    // B's own next message is the marker that everything B's webhooks published has arrived.
    const sentinel = "B's own message";
    await postTwilio(
      `/webhooks/twilio/${attacker.numberId}`,
      twilioFixture("inbound-text", {
        MessageSid: newMessageSid(),
        From: attacker.customer,
        Body: sentinel,
      }),
      attacker.authToken,
    );
    await expect
      .poll(() =>
        socket.events.some(
          (e) => e.type === "message.created" && (e.data as { text: string }).text === sentinel,
        ),
      )
      .toBe(true);
    socket.close();

    expect(JSON.stringify(socket.events)).not.toContain(secret.id);
    expect(JSON.stringify(socket.events)).not.toContain(victim.conversationId);
    expect(socket.events.filter((e) => e.type === "message.updated")).toEqual([]);
    const [after] = await messagesOf(a, victim.conversationId);
    expect(after).toEqual(secret);
  });

  it("a number's callback does not reach a message of another number of the same tenant", async () => {
    const tenant = await newTenant();
    const first = await conversationWith(tenant, "whatsapp:+14155550173");
    const [message] = await messagesOf(tenant, first.conversationId);
    if (!message) throw new Error("no message");
    // A second number of the same tenant (same Twilio account, so the signature is valid).
    const second = await api(`/api/t/${tenant.slug}/whatsapp/numbers`, {
      token: tenant.token,
      body: {
        provider: "twilio",
        displayName: "Second",
        address: randomAddress(),
      },
    });
    expect(second.status).toBe(201);
    const res = await postTwilio(
      `/webhooks/twilio/${second.body.id}/status`,
      statusCallback(message.providerMessageId, "failed", { ErrorCode: "30008" }),
      first.authToken,
    );
    expect(res.status).toBe(200);
    expect((await messagesOf(tenant, first.conversationId))[0]).toEqual(message);
  });
});

describe("reactions are bound to the webhook number's tenant and number", () => {
  it("tenant B's signed Meta reaction naming tenant A's message changes nothing and B hears nothing of A", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const victim = await signedMetaNumber(a);
    await victim.postFixture("messages-text", (payload) => {
      for (const message of metaMessagesOf(payload)) {
        message.id = newWamid();
        message.timestamp = String(Math.floor(Date.now() / 1000));
      }
    });
    const [conversation] = (
      await api(`/api/t/${a.slug}/whatsapp/conversations`, { token: a.token })
    ).body.items;
    const sent = await api(`/api/t/${a.slug}/whatsapp/conversations/${conversation.id}/messages`, {
      token: a.token,
      body: { text: "Your refund code is 4471" },
    });
    expect(sent.status).toBe(201);
    const target = sent.body.providerMessageId as string;

    const attacker = await signedMetaNumber(b);
    const socket = await openSocket(b);
    const reaction = (emoji: string) =>
      attacker.postFixture("messages-text", (payload) => {
        for (const message of metaMessagesOf(payload)) {
          message.id = newWamid();
          message.type = "reaction";
          message.text = undefined;
          message.reaction = { message_id: target, emoji };
        }
      });
    expect((await reaction("👎")).status).toBe(200);
    // B's own message is the marker that everything B's delivery published has arrived.
    await attacker.postFixture("messages-text", (payload) => {
      for (const message of metaMessagesOf(payload)) {
        message.id = newWamid();
        message.text = { body: "B's sentinel" };
      }
    });
    await expect
      .poll(() =>
        socket.events.some(
          (e) =>
            e.type === "message.created" && (e.data as { text: string }).text === "B's sentinel",
        ),
      )
      .toBe(true);
    socket.close();
    expect(JSON.stringify(socket.events)).not.toContain("refund code");
    expect(socket.events.filter((e) => e.type === "message.updated")).toEqual([]);
    const messages = (
      await api(`/api/t/${a.slug}/whatsapp/conversations/${conversation.id}/messages`, {
        token: a.token,
      })
    ).body.items;
    expect(messages.at(-1).reactions).toBeUndefined();
  });
});
