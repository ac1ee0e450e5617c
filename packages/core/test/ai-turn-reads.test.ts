import { randomUUID } from "node:crypto";
import type { AiReplyJob } from "@helios/contracts";
import { describe, expect, it } from "vitest";
import type { AgentItem } from "../src/agent/agent";
import { putNewAgent } from "../src/agent/repository";
import { checkTurn } from "../src/ai/turn-state";
import { db } from "../src/db/client";
import { transactWrite } from "../src/db/transact";
import { storeInbound } from "../src/message/inbound";
import { putNumber } from "../src/number/repository";
import { useFreshTable } from "./support/fresh-table";
import { storeNumber, testActor, testNumber } from "./support/workspace";

useFreshTable();

const requests: string[] = [];
let observing = false;
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  if (!observing) {
    db().middlewareStack.add(
      (next, context) => (args) => {
        requests.push(context.commandName ?? "unknown");
        return next(args);
      },
      { step: "initialize", name: "turnReadsObserver" },
    );
    observing = true;
  }
  requests.length = 0;
  const result = await run();
  return { result, requests: [...requests].sort() };
}

async function storeAgent(tenantId: string, name: string): Promise<AgentItem> {
  const at = new Date().toISOString();
  const agent: AgentItem = {
    tenantId,
    id: randomUUID(),
    name,
    instructions: "Be brief.",
    model: "gpt-4o-mini",
    channels: { whatsapp: true },
    typingIndicator: true,
    escalation: { keywords: [], handoffMessage: "A person will answer." },
    createdAt: at,
    updatedAt: at,
    activeNumberCount: 1,
  };
  await putNewAgent(agent);
  return agent;
}

describe("an AI turn's reads", () => {
  it("read the conversation, its number and agent in one BatchGetItem (beside the history's Query) when the job names them", async () => {
    const actor = testActor();
    const agent = await storeAgent(actor.tenantId, "Ava");
    const number = await storeNumber(testNumber(actor.tenantId, agent.id));
    const stored = await storeInbound(number, {
      providerMessageId: `SM${randomUUID().replaceAll("-", "")}`,
      from: "whatsapp:+14155550199",
      profileName: "Rosa",
      kind: "text",
      text: "Do you ship to Lisbon?",
      receivedAt: new Date().toISOString(),
    });
    if (stored.duplicate) throw new Error("a new message was taken for a duplicate");
    const job: AiReplyJob = {
      kind: "ai.reply",
      tenant: { tenantId: actor.tenantId, slug: actor.slug },
      conversationId: stored.conversation.id,
      messageId: stored.message.id,
      numberId: number.id,
      agentId: agent.id,
    };

    const named = await counted(() => checkTurn(job));
    expect(named.result).toMatchObject({ ok: true, state: { agent: { id: agent.id } } });
    expect(named.requests).toEqual(["BatchGetItemCommand", "QueryCommand"]);

    // A job queued before the ids travelled with it still works, with single reads.
    const { numberId: _n, agentId: _a, ...older } = job;
    const unnamed = await counted(() => checkTurn(older));
    expect(unnamed.result).toMatchObject({ ok: true, state: { agent: { id: agent.id } } });
    expect(unnamed.requests).toEqual([
      "GetItemCommand",
      "GetItemCommand",
      "GetItemCommand",
      "QueryCommand",
    ]);

    // The number was given another agent after the job was queued: the turn uses that one.
    const other = await storeAgent(actor.tenantId, "Bo");
    await transactWrite([
      putNumber(
        { ...number, assignedAgentId: other.id, updatedAt: new Date().toISOString() },
        { updatedAt: number.updatedAt },
      ),
    ]);
    const moved = await counted(() => checkTurn(job));
    expect(moved.result).toMatchObject({ ok: true, state: { agent: { id: other.id } } });
    expect(moved.requests).toEqual(["BatchGetItemCommand", "GetItemCommand", "QueryCommand"]);
  });
});
