import { randomUUID } from "node:crypto";
import { DeleteCommand, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableName } from "../src/config";
import { conversationId } from "../src/conversation/conversation";
import { getConversation } from "../src/conversation/repository";
import { db } from "../src/db/client";
import { keys } from "../src/db/keys";
import { idAt } from "../src/ids";
import { storeInbound } from "../src/message/inbound";
import { STATUS_RANK } from "../src/message/message";
import { getMessage, listMessages } from "../src/message/repository";
import { applyStatus, type StatusUpdate } from "../src/message/status";
import type { NumberItem } from "../src/number/number";
import { useFreshTable } from "./support/fresh-table";
import { testNumber } from "./support/workspace";

useFreshTable();

const tenantId = randomUUID();
const CUSTOMER = "whatsapp:+14155550188";
const BASE = Date.parse("2026-11-30T10:00:00.000Z");

const newNumber = (): NumberItem =>
  testNumber(tenantId, null, {
    provider: "meta",
    phoneNumberId: String(Math.floor(Math.random() * 1e15)),
  });

/** A customer message: Meta gives whole seconds, so equal times happen and need the tie-breaker. */
const inboundArb = fc.record({
  second: fc.integer({ min: 0, max: 40 * 3600 }),
  text: fc.string({ minLength: 1, maxLength: 12 }),
  name: fc.constantFrom("Ana", "Ana María", "", "Bo"),
});
/** An outbound message's statuses as a provider sends them, in their real order. */
const outboundArb = fc.constantFrom<StatusUpdate["status"][]>(
  ["sent"],
  ["sent", "delivered"],
  ["sent", "delivered", "read"],
  ["sent", "failed"],
  ["failed"],
);

type Event =
  | { kind: "inbound"; index: number }
  | { kind: "status"; outbound: number; step: number };

/** Outbound messages the statuses are about, stored as a send would leave them (queued, linked). */
async function storeOutbound(number: NumberItem, conversationId: string, wamids: string[]) {
  for (const wamid of wamids) {
    const id = idAt(BASE, wamid);
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.message(conversationId, id),
          type: "message",
          tenantId,
          provider: "meta",
          id,
          conversationId,
          direction: "outbound",
          author: "user",
          kind: "text",
          text: "Thanks!",
          status: "queued",
          statusRank: STATUS_RANK.queued,
          providerMessageId: wamid,
          createdAt: new Date(BASE).toISOString(),
        },
      }),
    );
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.providerMessage("meta", wamid),
          type: "providerMessage",
          tenantId,
          numberId: number.id,
          conversationId,
          messageId: id,
        },
      }),
    );
  }
}

/** Delivers the events: a batch's events at once (racing on the conversation), batches in turn. */
async function deliver(
  number: NumberItem,
  conversationId: string,
  scenario: Scenario,
  batches: Event[][],
) {
  const inbound = scenario.inbound.map((message, index) => ({
    providerMessageId: `wamid.${scenario.runId}.${index}`,
    from: CUSTOMER,
    profileName: message.name || undefined,
    kind: "text" as const,
    text: message.text,
    receivedAt: new Date(BASE + message.second * 1000).toISOString(),
  }));
  await storeOutbound(number, conversationId, scenario.wamids);
  for (const batch of batches) {
    await Promise.all(
      batch.map((event) => {
        if (event.kind === "inbound") {
          const message = inbound[event.index];
          if (!message) throw new Error("no such message");
          return storeInbound(number, message);
        }
        const status = scenario.outbound[event.outbound]?.[event.step];
        const wamid = scenario.wamids[event.outbound];
        if (!status || !wamid) throw new Error("no such status");
        return applyStatus(number, { providerMessageId: wamid, status });
      }),
    );
  }
}

/** What is stored for the customer's conversation on a number, without what names the number. */
async function finalState(number: NumberItem, conversationId: string, scenario: Scenario) {
  const conversation = await getConversation(tenantId, conversationId);
  const { items } = await listMessages(conversationId, 100);
  const statuses = await Promise.all(
    scenario.wamids.map(async (wamid) => {
      const message = items.find((m) => m.providerMessageId === wamid);
      return message ? (await getMessage(conversationId, message.id))?.status : undefined;
    }),
  );
  if (!conversation) throw new Error("no conversation");
  const { id: _id, numberId: _n, ...fields } = conversation;
  return {
    conversation: fields,
    thread: items.map((m) => [m.providerMessageId, m.createdAt, m.text]),
    statuses,
    numberId: number.id,
  };
}

/** The provider's markers are global: the in-order run's go before the shuffled run reuses the ids. */
async function forgetMarkers(scenario: Scenario) {
  const ids = [
    ...scenario.inbound.map((_, index) => `wamid.${scenario.runId}.${index}`),
    ...scenario.wamids,
  ];
  for (const id of ids)
    await db().send(
      new DeleteCommand({ TableName: tableName(), Key: keys.providerMessage("meta", id) }),
    );
}

interface Scenario {
  runId: string;
  inbound: { second: number; text: string; name: string }[];
  outbound: StatusUpdate["status"][][];
  wamids: string[];
}

const scenarioArb = fc
  .record({
    inbound: fc.array(inboundArb, { minLength: 1, maxLength: 7 }),
    outbound: fc.array(outboundArb, { maxLength: 3 }),
  })
  .map(
    (s): Scenario => ({
      ...s,
      runId: randomUUID(),
      wamids: s.outbound.map(() => `wamid.out.${randomUUID()}`),
    }),
  );

/** Every event once, in the providers' real order: messages by time, each message's statuses in turn. */
function inOrder(scenario: Scenario): Event[] {
  const messages = scenario.inbound
    .map((message, index) => ({ message, index }))
    .sort((a, b) => a.message.second - b.message.second)
    .map(({ index }): Event => ({ kind: "inbound", index }));
  const statuses = scenario.outbound.flatMap((steps, outbound) =>
    steps.map((_, step): Event => ({ kind: "status", outbound, step })),
  );
  return [...messages, ...statuses];
}

describe("a conversation's messages and statuses delivered late, out of order and repeated", () => {
  it("end in the state that delivering them once, in order, gives", async () => {
    await fc.assert(
      fc.asyncProperty(
        scenarioArb.chain((scenario) => {
          const events = inOrder(scenario);
          return fc.record({
            scenario: fc.constant(scenario),
            // Some events delivered twice or three times (Meta's and Twilio's retries).
            delivered: fc
              .array(fc.integer({ min: 0, max: events.length - 1 }), { maxLength: 5 })
              .map((repeats) => [...events, ...repeats.map((i) => events[i] as Event)])
              .chain((all) => fc.shuffledSubarray(all, { minLength: all.length })),
            batchSizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 30, maxLength: 30 }),
          });
        }),
        async ({ scenario, delivered, batchSizes }) => {
          const reference = newNumber();
          const referenceConversation = conversationOf(reference);
          await deliver(
            reference,
            referenceConversation,
            scenario,
            inOrder(scenario).map((event) => [event]),
          );
          const expected = await finalState(reference, referenceConversation, scenario);
          await forgetMarkers(scenario);

          const number = newNumber();
          const conversation = conversationOf(number);
          const batches: Event[][] = [];
          for (let i = 0, b = 0; i < delivered.length; b++) {
            const size = batchSizes[b % batchSizes.length] ?? 1;
            batches.push(delivered.slice(i, i + size));
            i += size;
          }
          await deliver(number, conversation, scenario, batches);
          const actual = await finalState(number, conversation, scenario);
          expect({ ...actual, numberId: "" }).toEqual({ ...expected, numberId: "" });

          // And that state is the one the messages' times say.
          const times = scenario.inbound.map((m) => BASE + m.second * 1000);
          const latest = Math.max(...times);
          expect(actual.conversation).toMatchObject({
            unreadCount: scenario.inbound.length,
            version: scenario.inbound.length,
            status: "open",
            updatedAt: new Date(latest).toISOString(),
            createdAt: new Date(Math.min(...times)).toISOString(),
            windowExpiresAt: new Date(latest + 24 * 3600 * 1000).toISOString(),
          });
          expect(actual.conversation.lastMessage?.at).toBe(new Date(latest).toISOString());
          expect(actual.thread.map(([, at]) => at)).toEqual(
            [...actual.thread.map(([, at]) => at)].sort(),
          );
          await forgetMarkers(scenario);
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);
});

/** The id the inbound path derives for (number, customer). */
const conversationOf = (number: NumberItem) => conversationId(number.id, CUSTOMER);

/** The conversation a customer's user id leads to on a number (what the inbound path resolves). */
async function conversationOfUser(number: NumberItem, userId: string) {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.customerIdentity(number.id, "user", userId),
      ConsistentRead: true,
    }),
  );
  return Item?.conversationId as string | undefined;
}

describe("one customer writing with a phone and as a username, in any order and at once", () => {
  const PHONE = "+14155550177";
  const USER_ID = "US.4155550177";
  it("stays one conversation, in the state the in-order delivery gives", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(
            fc.record({
              second: fc.integer({ min: 0, max: 3600 }),
              // Since 2026 Meta always sends the user id; the phone only while it may be shared.
              withPhone: fc.boolean(),
              username: fc.constantFrom(undefined, "@ana", "@ana.m"),
            }),
            { minLength: 1, maxLength: 6 },
          )
          .chain((messages) =>
            fc.record({
              messages: fc.constant(messages),
              order: fc.shuffledSubarray(
                messages.map((_, i) => i),
                { minLength: messages.length },
              ),
              concurrent: fc.boolean(),
            }),
          ),
        async ({ messages, order, concurrent }) => {
          const runId = randomUUID();
          const inbound = messages.map((m, i) => ({
            providerMessageId: `wamid.${runId}.${i}`,
            from: m.withPhone ? `whatsapp:${PHONE}` : `whatsapp:${USER_ID}`,
            customer: {
              userId: USER_ID,
              ...(m.withPhone ? { phone: PHONE } : {}),
              ...(m.username ? { username: m.username } : {}),
            },
            profileName: "Ana",
            kind: "text" as const,
            text: `m${i}`,
            receivedAt: new Date(BASE + m.second * 1000).toISOString(),
          }));
          const inOrder = inbound
            .map((message, index) => ({ message, index }))
            .sort((a, b) => a.message.receivedAt.localeCompare(b.message.receivedAt));

          const reference = newNumber();
          for (const { message } of inOrder) await storeInbound(reference, message);
          const expected = await stateOf(reference);
          for (const message of inbound)
            await db().send(
              new DeleteCommand({
                TableName: tableName(),
                Key: keys.providerMessage("meta", message.providerMessageId),
              }),
            );

          const number = newNumber();
          const shuffled = order.map((i) => inbound[i] as (typeof inbound)[number]);
          if (concurrent) await Promise.all(shuffled.map((m) => storeInbound(number, m)));
          else for (const message of shuffled) await storeInbound(number, message);
          const actual = await stateOf(number);
          expect(actual).toEqual(expected);
          // Every message is in that one conversation.
          expect(actual.thread).toHaveLength(messages.length);
          for (const message of inbound)
            await db().send(
              new DeleteCommand({
                TableName: tableName(),
                Key: keys.providerMessage("meta", message.providerMessageId),
              }),
            );
        },
      ),
      { numRuns: 15 },
    );

    async function stateOf(number: NumberItem) {
      const id = await conversationOfUser(number, USER_ID);
      if (!id) throw new Error("no conversation for the user id");
      const conversation = await getConversation(tenantId, id);
      if (!conversation) throw new Error("the pointer leads nowhere");
      const { items } = await listMessages(id, 100);
      const phonePointer = await db().send(
        new GetCommand({
          TableName: tableName(),
          Key: keys.customerIdentity(number.id, "phone", PHONE),
          ConsistentRead: true,
        }),
      );
      const { id: _id, numberId: _n, version: _v, ...fields } = conversation;
      return {
        conversation: fields,
        thread: items.map((m) => [m.providerMessageId, m.createdAt, m.text]),
        phoneLeadsToIt: phonePointer.Item ? phonePointer.Item.conversationId === id : "no phone",
      };
    }
  }, 180_000);
});
