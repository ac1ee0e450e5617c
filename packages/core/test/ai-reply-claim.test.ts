import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "../src/access/actor";
import type { ConversationItem } from "../src/conversation/conversation";
import { getConversation } from "../src/conversation/repository";
import { update } from "../src/conversation/use-cases";
import { connectTwilio } from "../src/integration/twilio-account";
import { storeInbound } from "../src/message/inbound";
import { listMessages } from "../src/message/repository";
import { ReplyDropped, sendText } from "../src/message/send";
import { useFreshTable } from "./support/fresh-table";
import { storeNumber, testActor, testNumber } from "./support/workspace";

useFreshTable();

beforeAll(() => {
  // The local cloud's Twilio sandbox takes the sends; status callbacks go nowhere (port 9).
  Object.assign(process.env, {
    TWILIO_API_BASE_URL: `${inject("baseUrl")}/_sandbox/twilio`,
    PUBLIC_URL: "http://127.0.0.1:9",
    WS_MANAGEMENT_ENDPOINT: "http://127.0.0.1:9",
  });
});

async function conversationWithAi(): Promise<{ actor: Actor; conversation: ConversationItem }> {
  const actor = testActor("owner");
  await connectTwilio(actor, {
    accountSid: `AC${randomBytes(16).toString("hex")}`,
    authToken: randomBytes(16).toString("hex"),
  });
  const at = new Date().toISOString();
  const number = await storeNumber(testNumber(actor, { assignedAgentId: randomUUID() }));
  const stored = await storeInbound(number, {
    providerMessageId: `SM${randomBytes(16).toString("hex")}`,
    from: "whatsapp:+14155550199",
    profileName: "Rosa",
    kind: "text",
    text: "Where is my order?",
    receivedAt: at,
  });
  if (stored.duplicate) throw new Error("a fresh message was taken for a duplicate");
  expect(stored.conversation.aiActive).toBe(true);
  return { actor, conversation: stored.conversation };
}

/** The AI's claim, as the AI worker makes it: AI still on, and no takeover since its turn began. */
const claimFrom = (turnBegan: ConversationItem) => (conversation: ConversationItem) =>
  conversation.aiActive && (conversation.humanTurn ?? 0) === (turnBegan.humanTurn ?? 0);

describe("the AI's reply is claimed on the conversation it is written against", () => {
  it("is dropped, nothing stored or sent, when a person replied after the AI read the conversation", async () => {
    const { actor, conversation: read } = await conversationWithAi();
    await sendText(actor, read, {
      author: "user",
      authorUserId: actor.userId,
      authorName: "Maria",
      text: "On its way!",
    });

    // The AI still holds the read from before the person's reply: no read-then-send can save it.
    await expect(
      sendText(actor, read, { author: "ai", text: "AI answer", mayStillSend: claimFrom(read) }),
    ).rejects.toBeInstanceOf(ReplyDropped);

    const { items } = await listMessages(read.id, 50);
    expect(items.map((m) => [m.author, m.kind, m.text])).toEqual([
      ["customer", "text", "Where is my order?"],
      ["user", "event", "AI paused — Maria replied"],
      ["user", "text", "On its way!"],
    ]);
    expect(await getConversation(actor.tenantId, read.id)).toMatchObject({
      aiActive: false,
      humanTurn: 1,
      lastMessage: { text: "On its way!" },
    });
  });

  it("stays dropped when AI is turned back on before the old turn's reply lands", async () => {
    const { actor, conversation: read } = await conversationWithAi();
    await sendText(actor, read, { author: "user", text: "A person here" });
    await update(actor, read.id, { aiActive: true });
    const fresh = await getConversation(actor.tenantId, read.id);
    expect(fresh?.aiActive).toBe(true);

    await expect(
      sendText(actor, read, { author: "ai", text: "Stale answer", mayStillSend: claimFrom(read) }),
    ).rejects.toBeInstanceOf(ReplyDropped);
    // A turn that began after AI came back answers.
    if (!fresh) throw new Error("conversation gone");
    const answered = await sendText(actor, fresh, {
      author: "ai",
      text: "Fresh answer",
      mayStillSend: claimFrom(fresh),
    });
    expect(answered).toMatchObject({ author: "ai", text: "Fresh answer" });
    const { items } = await listMessages(read.id, 50);
    expect(items.filter((m) => m.author === "ai" && m.kind === "text").map((m) => m.text)).toEqual([
      "Fresh answer",
    ]);
  });

  it("is sent when nothing changed in between", async () => {
    const { actor, conversation: read } = await conversationWithAi();
    const sent = await sendText(actor, read, {
      author: "ai",
      text: "Tomorrow",
      mayStillSend: claimFrom(read),
    });
    expect(sent.providerMessageId).toMatch(/^SM/);
    expect(await getConversation(actor.tenantId, read.id)).toMatchObject({ aiActive: true });
  });
});
