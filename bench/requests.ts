/**
 * DynamoDB requests per operation, counted by a middleware on the core's document client while the
 * local cloud runs in this process, and each operation's latency with 1k and then 100k messages
 * stored in the tenant's busiest conversation.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { BatchWriteCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Conversation, ConversationList, Message, MessageList } from "@helios/contracts";
import { db } from "@helios/core/db/client";
import { ulid } from "ulid";
import { z } from "zod";
import { currentInvocation } from "../packages/local/src/lambda/invoke";
import {
  type BenchTenant,
  benchTenant,
  call,
  drainCloud,
  openClient,
  randomAddress,
  twilioInbound,
} from "./client";
import { observeRequests } from "./request-observer";
import { median } from "./stats";

export type Operation = "inbound message" | "list conversations" | "open a chat" | "send";

export interface OperationFigure {
  operation: Operation;
  /** Requests of the operation itself. */
  requests: number;
  /**
   * The checks every tenant route makes before it, counted apart: the session (GetItem, cached
   * per warm function for 2 s) and the membership (GetItem).
   */
  authRequests: number;
  commands: string[];
  medianMs: { at1k: number; at100k: number };
}

export interface RequestFigures {
  operations: OperationFigure[];
  storedMessages: { small: number; large: number };
  seedSeconds: number;
  /** A conversation with exactly `chatMessages` messages, for the web measurement. */
  chat: { tenant: BenchTenant; conversationId: string; messages: number };
}

const RUNS = 15;
const SETTLE_MS = 1_500;
const StoredMessage = z.record(z.string(), z.unknown());

export async function measureRequests(
  baseUrl: string,
  options: { small: number; large: number; chatMessages: number },
): Promise<RequestFigures> {
  const tenant = await benchTenant(baseUrl);
  const client = await openClient(baseUrl, tenant);
  try {
    const customer = randomAddress();
    const inbound = async () => {
      const response = await twilioInbound(
        baseUrl,
        tenant,
        customer,
        "Hello, is my order on its way?",
      );
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    };
    await inbound();
    const list = await call(
      baseUrl,
      `/api/t/${tenant.slug}/whatsapp/conversations?limit=20`,
      ConversationList,
      { token: tenant.token },
    );
    const conversationId = list.items[0]?.id;
    if (!conversationId) throw new Error("the inbound message opened no conversation");
    const chatPath = `/api/t/${tenant.slug}/whatsapp/conversations/${conversationId}`;
    const operations: Record<Operation, () => Promise<unknown>> = {
      "inbound message": inbound,
      "list conversations": () =>
        call(baseUrl, `/api/t/${tenant.slug}/whatsapp/conversations?limit=20`, ConversationList, {
          token: tenant.token,
        }),
      "open a chat": () =>
        Promise.all([
          call(baseUrl, chatPath, Conversation, { token: tenant.token }),
          call(baseUrl, `${chatPath}/messages?limit=50`, MessageList, { token: tenant.token }),
        ]),
      send: () =>
        call(baseUrl, `${chatPath}/messages`, Message, {
          token: tenant.token,
          body: { text: "It left the warehouse this morning." },
        }),
    };

    const template = await storedMessage(conversationId);
    const seedStarted = performance.now();
    await seedMessages(template, options.small - 1);
    // The stream indexes what was seeded: measured once it has, not while it does.
    await drainCloud(baseUrl);
    const counted = new Map<Operation, { requests: number; auth: number; commands: string[] }>();
    const at1k = new Map<Operation, number>();
    for (const [name, run] of Object.entries(operations) as [Operation, () => Promise<unknown>][]) {
      await run();
      counted.set(name, await count(run));
      at1k.set(name, await latency(run));
    }
    const seedSmallSeconds = (performance.now() - seedStarted) / 1000;
    const largeStarted = performance.now();
    await seedMessages(template, options.large - options.small);
    await drainCloud(baseUrl);
    const seedSeconds = seedSmallSeconds + (performance.now() - largeStarted) / 1000;
    const results: OperationFigure[] = [];
    for (const [name, run] of Object.entries(operations) as [Operation, () => Promise<unknown>][]) {
      const requests = counted.get(name);
      results.push({
        operation: name,
        requests: requests?.requests ?? 0,
        authRequests: requests?.auth ?? 0,
        commands: requests?.commands ?? [],
        medianMs: { at1k: at1k.get(name) ?? 0, at100k: await latency(run) },
      });
    }

    const chatCustomer = randomAddress();
    await twilioInbound(baseUrl, tenant, chatCustomer, "The first message of a long chat");
    const chats = await call(
      baseUrl,
      `/api/t/${tenant.slug}/whatsapp/conversations?limit=1`,
      ConversationList,
      { token: tenant.token },
    );
    const chatId = chats.items[0]?.id;
    if (!chatId) throw new Error("the long chat was not opened");
    await seedMessages(await storedMessage(chatId), options.chatMessages - 1);

    return {
      operations: results,
      storedMessages: { small: options.small, large: options.large },
      seedSeconds: Math.round(seedSeconds),
      chat: { tenant, conversationId: chatId, messages: options.chatMessages },
    };
  } finally {
    client.close();
  }
}

const isMembershipCheck = (input: unknown) =>
  z.object({ Key: z.object({ sk: z.string().startsWith("MEMBERSHIP#") }) }).safeParse(input)
    .success;

/** The session check (one GetItem of the user's token version; none while a warm cache has it). */
const isSessionCheck = (input: unknown) =>
  z
    .object({
      Key: z.object({ pk: z.string().startsWith("USER#"), sk: z.literal("PROFILE") }),
      ProjectionExpression: z.string().includes("tokenVersion"),
    })
    .safeParse(input).success;

/**
 * One run's requests, from its start to its response (the fan-out is awaited before a handler
 * answers). Work a previous operation started in the background (the AI worker, provider status
 * callbacks) is let settle first, so that it is not counted here.
 */
async function count(run: () => Promise<unknown>) {
  await sleep(SETTLE_MS);
  let requests = 0;
  let auth = 0;
  const commands: string[] = [];
  const stop = observeRequests(({ command, input }) => {
    // Only what the operation's HTTP handlers ask: not the queue workers it starts, nor the sandbox.
    const handler = currentInvocation()?.handler ?? "";
    if (!handler.startsWith("functions/http/") && !handler.startsWith("functions/webhooks/"))
      return;
    if (isMembershipCheck(input) || isSessionCheck(input)) {
      auth++;
      return;
    }
    requests++;
    commands.push(command.replace(/Command$/, ""));
  });
  try {
    await run();
  } finally {
    stop();
  }
  return { requests, auth, commands };
}

async function latency(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function storedMessage(conversationId: string): Promise<Record<string, unknown>> {
  const { Items } = await db().send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :msg)",
      ExpressionAttributeValues: { ":pk": `CONV#${conversationId}`, ":msg": "MSG#" },
      Limit: 1,
    }),
  );
  return StoredMessage.parse(Items?.[0]);
}

/**
 * Older messages of the same shape as a stored one, written 25 at a time: they sort before every
 * real message, as history does. Provider ids are unique so the dedupe markers would not collide.
 */
async function seedMessages(template: Record<string, unknown>, count: number): Promise<void> {
  const oldest = Date.parse("2024-01-01T00:00:00Z");
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < count; i += 25) {
    batches.push(
      Array.from({ length: Math.min(25, count - i) }, (_, j) => {
        const at = oldest + (seeded + i + j) * 1000;
        const id = ulid(at).toLowerCase();
        return {
          ...template,
          sk: `MSG#${id}`,
          id,
          text: `History message ${seeded + i + j}`,
          providerMessageId: `SMseed${id}`,
          createdAt: new Date(at).toISOString(),
        };
      }),
    );
  }
  seeded += count;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        const batch = batches[next++] ?? [];
        let pending = batch.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length) {
          const { UnprocessedItems } = await db().send(
            new BatchWriteCommand({ RequestItems: { [tableOf()]: pending } }),
          );
          pending = (UnprocessedItems?.[tableOf()] ?? []).flatMap((r) =>
            r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : [],
          );
        }
      }
    }),
  );
}

let seeded = 0;
const tableOf = () => process.env.TABLE_NAME ?? "";
