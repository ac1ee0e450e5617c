import { describe, expect, it } from "vitest";
import { api, newTenant, type TestTenant } from "./support/api";
import { conversationWith } from "./support/conversations";
import { messagesOf, newWamid, signedMetaNumber } from "./support/meta-webhooks";
import { newMessageSid, postTwilio, twilioFixture } from "./support/twilio-webhooks";

const LONG = 450 * 1024;
/** 450 KB of text, with characters of every UTF-8 width so that a cut could split one. */
const longText = () => "Order ñ #1042 — 🚚 ".repeat(Math.ceil(LONG / 24)).slice(0, LONG);

async function thread(tenant: TestTenant) {
  const [conversation] = (
    await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })
  ).body.items;
  const messages = await api(
    `/api/t/${tenant.slug}/whatsapp/conversations/${conversation.id}/messages`,
    { token: tenant.token },
  );
  return { conversation, messages: messages.body.items as { text: string; fullLength?: number }[] };
}

function expectCutShort(message: { text: string; fullLength?: number } | undefined, full: string) {
  const length = [...full].length;
  expect(message?.fullLength).toBe(length);
  expect(
    message?.text.endsWith(`the full message had ${length.toLocaleString("en-US")} characters]`),
  ).toBe(true);
  expect(Buffer.byteLength(message?.text ?? "")).toBeLessThanOrEqual(64 * 1024);
  expect(message?.text).not.toContain("\uFFFD");
  expect(full.startsWith(message?.text.split("\n\n[Cut short")[0] ?? "x")).toBe(true);
}

describe("a text too long for one item (450 KB)", () => {
  it("through Meta: answers 200 and is stored cut short, with a note and its full length", async () => {
    const tenant = await newTenant();
    const meta = await signedMetaNumber(tenant);
    const text = longText();
    const res = await meta.postFixture("messages-text", (payload) => {
      for (const message of messagesOf(payload)) {
        message.id = newWamid();
        message.timestamp = String(Math.floor(Date.now() / 1000));
        message.text = { body: text };
      }
    });
    expect(res.status).toBe(200);
    const { conversation, messages } = await thread(tenant);
    expectCutShort(messages[0], text);
    expect(conversation.lastMessage.text).toBe(text.slice(0, 200));
  });

  it("through Twilio: answers 200 and is stored cut short", async () => {
    const tenant = await newTenant();
    const { numberId, authToken } = await conversationWith(tenant, "whatsapp:+14155550161");
    const text = longText();
    const res = await postTwilio(
      `/webhooks/twilio/${numberId}`,
      twilioFixture("inbound-text", {
        MessageSid: newMessageSid(),
        From: "whatsapp:+14155550161",
        Body: text,
      }),
      authToken,
    );
    expect(res.status).toBe(200);
    const { messages } = await thread(tenant);
    expectCutShort(messages.at(-1), text);
  });
});
