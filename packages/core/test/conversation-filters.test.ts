import { randomUUID } from "node:crypto";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import type { ConversationItem } from "../src/conversation/conversation";
import { conversationMatches } from "../src/conversation/filters";
import {
  conversationIndexesOf,
  listConversations,
  MAX_EXAMINED,
} from "../src/conversation/repository";
import { db } from "../src/db/client";
import { keys } from "../src/db/keys";
import { useFreshTable } from "./support/fresh-table";

const { tableName } = useFreshTable();

function conversation(tenantId: string, n: number, labels: string[] = []): ConversationItem {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
  return {
    tenantId,
    id: `c${String(n).padStart(6, "0")}`,
    numberId: "n1",
    customer: { address: `whatsapp:+1415555${String(n).padStart(4, "0")}`, name: "Rosa" },
    status: "open",
    aiActive: false,
    escalated: false,
    lastMessage: { text: "hi", direction: "inbound", at },
    unreadCount: 1,
    windowExpiresAt: null,
    assignee: null,
    labels,
    lastInboundAt: at,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** BatchWriteItem takes 25 items; four batches are written at a time. */
async function store(items: ConversationItem[]) {
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) =>
    items.slice(i * 25, i * 25 + 25),
  );
  for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map(write));
}

async function write(batch: ConversationItem[]) {
  let requests = batch.map((item) => ({
    PutRequest: {
      Item: {
        ...keys.conversation(item.tenantId, item.id),
        ...conversationIndexesOf(item),
        type: "conversation",
        ...item,
      },
    },
  }));
  // What DynamoDB did not take this time is written again.
  while (requests.length > 0) {
    const { UnprocessedItems } = await db().send(
      new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
    );
    requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
  }
}

describe("a filtered list reads a bounded number of conversations per request", () => {
  it("returns a short (even empty) page with a cursor past the bound, and the match on the next", async () => {
    const tenantId = randomUUID();
    // The oldest is the only one labelled; MAX_EXAMINED + 5 newer ones are not.
    await store([
      conversation(tenantId, 0, ["vip"]),
      ...Array.from({ length: MAX_EXAMINED + 5 }, (_, i) => conversation(tenantId, i + 1)),
    ]);
    const filters = { label: "vip", escalated: undefined, unread: undefined };
    const keep = (c: ConversationItem) => conversationMatches(c, filters, { userId: "u1" });
    const first = await listConversations(tenantId, { limit: 10, keep });
    expect(first.items).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listConversations(tenantId, {
      limit: 10,
      keep,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((c) => c.id)).toEqual(["c000000"]);
    expect(second.nextCursor).toBeNull();
    // A thousand items written and read twice: DynamoDB Local is shared by the whole run.
  }, 120_000);
});
