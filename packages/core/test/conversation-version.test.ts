import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { handOff } from "../src/ai/handoff";
import { getConversation } from "../src/conversation/repository";
import * as Conversations from "../src/conversation/use-cases";
import { storeInbound } from "../src/message/inbound";
import { listMessages } from "../src/message/repository";
import type { NumberItem } from "../src/number/number";
import { useFreshTable } from "./support/fresh-table";
import { testActor, testNumber } from "./support/workspace";

useFreshTable();

/** A conversation whose AI is on (an active number with an agent). */
async function aiConversation() {
  const actor = testActor();
  const number = testNumber(actor.tenantId, "agent-1");
  const at = number.createdAt;
  const stored = await storeInbound(number, {
    providerMessageId: `SM${randomUUID().replaceAll("-", "")}`,
    from: "whatsapp:+14155550199",
    kind: "text",
    text: "I want a person",
    receivedAt: at,
  });
  if (stored.duplicate) throw new Error("duplicate");
  return { actor, conversation: stored.conversation };
}

describe("every writer of a conversation writes on its version", () => {
  it("a new conversation starts at version 1 and each write adds one", async () => {
    const { actor, conversation } = await aiConversation();
    expect(conversation.version).toBe(1);
    expect((await Conversations.update(actor, conversation.id, { status: "closed" })).version).toBe(
      2,
    );
    expect((await Conversations.markRead(actor, conversation.id)).version).toBe(3);
    // Nothing to change: no write, no new version.
    expect((await Conversations.markRead(actor, conversation.id)).version).toBe(3);
  });

  it("a PATCH racing an AI hand-off never turns the AI back on", async () => {
    for (let round = 0; round < 8; round++) {
      const { actor, conversation } = await aiConversation();
      const [handedOff] = await Promise.all([
        handOff({
          tenant: actor,
          conversationId: conversation.id,
          provider: "twilio",
          reason: "asked_for_human",
          detail: "The customer asked for a person",
        }),
        Conversations.update(actor, conversation.id, { status: "closed" }),
      ]);
      expect(handedOff).toBe(true);
      const final = await getConversation(actor.tenantId, conversation.id);
      expect(final).toMatchObject({ status: "closed", aiActive: false, version: 3 });
      // Closing ends an escalation: it stands only when the hand-off came after the close.
      expect(final?.escalated).toBe(final?.escalation?.reason === "asked_for_human");
    }
  });
});

describe("the thread follows the provider's time", () => {
  it("a late message sorts in by its time, and paging backwards still gives every message once, in order", async () => {
    const tenantId = randomUUID();
    const at = new Date().toISOString();
    const number: NumberItem = {
      tenantId,
      id: randomUUID(),
      provider: "meta",
      displayName: "Support",
      phoneNumberId: "106540352242922",
      assignedAgentId: null,
      active: false,
      autoAssign: false,
      createdAt: at,
      updatedAt: at,
    };
    const base = Date.parse("2026-11-30T08:00:00.000Z");
    // Delivered in this order; written at these minutes (two in the same second).
    const minutes = [5, 1, 9, 3, 3, 7, 0];
    let conversationId = "";
    for (const [i, minute] of minutes.entries()) {
      const stored = await storeInbound(number, {
        providerMessageId: `wamid.${randomUUID()}`,
        from: "whatsapp:+14155550166",
        kind: "text",
        text: `written at minute ${minute} (#${i})`,
        receivedAt: new Date(base + minute * 60_000).toISOString(),
      });
      if (!stored.duplicate) conversationId = stored.conversation.id;
    }
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = await listMessages(conversationId, 2, before);
      seen.unshift(...page.items.map((m) => m.createdAt));
      before = page.nextCursor ?? undefined;
    } while (before);
    expect(seen).toEqual(minutes.map((m) => new Date(base + m * 60_000).toISOString()).sort());
  });
});
