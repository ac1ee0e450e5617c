/**
 * Ingest under load: signed Twilio webhooks at a fixed rate over many conversations, with tenants'
 * WebSocket clients connected, measured from the webhook's send to each client's receipt of
 * `message.created`. The floor does the least any design must do for the same message on the same
 * DynamoDB Local: one TransactWriteItems of the same three items and one postToConnection.
 */
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ApiGatewayManagementApiClient,
  PostToConnectionCommand,
} from "@aws-sdk/client-apigatewaymanagementapi";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import {
  type BenchTenant,
  benchTenant,
  type LiveEvent,
  openClient,
  randomAddress,
  twilioInbound,
} from "./client";
import { type Percentiles, percentiles } from "./stats";

export interface IngestOptions {
  /** Latency is compared at a rate both Helios and the floor sustain, so queueing does not hide it. */
  latencyRate: number;
  latencySeconds: number;
  /** Throughput: the rate offered, and what is sustained of it. */
  offeredRate: number;
  offeredSeconds: number;
  tenants: number;
  conversationsPerTenant: number;
  clientsPerTenant: number;
}

export interface LoadFigures {
  /**
   * CPU milliseconds per accepted message: the local cloud process (threads included) plus this
   * process (the load, the clients and, for the floor, the floor's own writes and posts).
   */
  cpuMsPerMessage: number;
  sent: number;
  accepted: number;
  /** Messages per second, from the first send to the last client receipt. */
  throughput: number;
  latencyMs: Percentiles;
  lost: number;
  duplicated: number;
  outOfOrder: number;
}

export interface IngestFigures {
  options: IngestOptions;
  latency: { helios: LoadFigures; floor: LoadFigures };
  saturation: { helios: LoadFigures; floor: LoadFigures };
}

const SETTLE_MS = 4_000;

interface Conversation {
  tenant: BenchTenant;
  address: string;
  index: number;
}

/** Receipts of `<tag> <conversation> <seq>` texts by each client, in arrival order. */
class Receipts {
  readonly sentAt = new Map<string, number>();
  readonly byClient = new Map<string, { key: string; at: number }[]>();

  record(client: string, tag: string, event: LiveEvent) {
    if (event.type !== "message.created") return;
    const text = typeof event.data.text === "string" ? event.data.text : "";
    if (!text.startsWith(`${tag} `)) return;
    const list = this.byClient.get(client) ?? [];
    list.push({ key: text.slice(tag.length + 1), at: event.receivedAt });
    this.byClient.set(client, list);
  }

  count(): number {
    let total = 0;
    for (const list of this.byClient.values()) total += list.length;
    return total;
  }
}

/** A process's user + system CPU time in ms, from /proc (Linux), for the cloud's child process. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces), from its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
/** USER_HZ, 100 on Linux on x86-64 and arm64. */
const CLOCK_TICKS_PER_SECOND = 100;

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function measureIngest(
  baseUrl: string,
  cloudPid: number,
  dynamoDbEndpoint: string,
  tableName: string,
  options: IngestOptions,
): Promise<IngestFigures> {
  const tenants: BenchTenant[] = [];
  for (let i = 0; i < options.tenants; i++) tenants.push(await benchTenant(baseUrl));
  const conversations: Conversation[] = tenants.flatMap((tenant, t) =>
    Array.from({ length: options.conversationsPerTenant }, (_, c) => ({
      tenant,
      address: randomAddress(),
      index: t * options.conversationsPerTenant + c,
    })),
  );
  const clients = await Promise.all(
    tenants.flatMap((tenant) =>
      Array.from({ length: options.clientsPerTenant }, async (_, c) => ({
        id: `${tenant.slug}#${c}`,
        tenant,
        socket: await openClient(baseUrl, tenant),
      })),
    ),
  );
  try {
    // Warm-up, not measured: every conversation exists and every handler is loaded.
    await Promise.all(
      conversations.map((c) => twilioInbound(baseUrl, c.tenant, c.address, "warm-up")),
    );

    const floor = await floorSender(baseUrl, dynamoDbEndpoint, tableName, tenants);
    let run = 0;
    const measure = async (system: "helios" | "floor", rate: number, seconds: number) => {
      // What the previous run started (the AI's turns wake 2.5 s after a message) settles first.
      await sleep(SETTLE_MS);
      const tag = `${system}${run++}`;
      const receipts = new Receipts();
      for (const client of clients)
        client.socket.onEvent((event) => receipts.record(client.id, tag, event));
      const receivers = system === "floor" ? 1 : options.clientsPerTenant;
      const cpuBefore = processCpuMs(cloudPid) + ownCpuMs();
      const figures = await runLoad(
        { rate, seconds },
        conversations,
        receipts,
        receivers,
        async (c, seq) => {
          const text = `${tag} ${c.index} ${seq}`;
          if (system === "floor") return floor.send(c, text);
          const response = await twilioInbound(baseUrl, c.tenant, c.address, text);
          return response.status === 200;
        },
      );
      const cpuMs = processCpuMs(cloudPid) + ownCpuMs() - cpuBefore;
      return {
        ...figures,
        cpuMsPerMessage: Math.round((cpuMs / Math.max(1, figures.accepted)) * 10) / 10,
      };
    };
    const { latencyRate, latencySeconds, offeredRate, offeredSeconds } = options;
    return {
      options,
      latency: {
        helios: await measure("helios", latencyRate, latencySeconds),
        floor: await measure("floor", latencyRate, latencySeconds),
      },
      saturation: {
        helios: await measure("helios", offeredRate, offeredSeconds),
        floor: await measure("floor", offeredRate, offeredSeconds),
      },
    };
  } finally {
    for (const client of clients) client.socket.close();
  }
}

/**
 * Sends `rate × seconds` messages on a fixed schedule; messages of one conversation go one after
 * another (as a customer types them), conversations in parallel. Then waits for every receipt.
 */
async function runLoad(
  load: { rate: number; seconds: number },
  conversations: Conversation[],
  receipts: Receipts,
  receiversPerMessage: number,
  send: (conversation: Conversation, seq: number) => Promise<boolean>,
): Promise<Omit<LoadFigures, "cpuMsPerMessage">> {
  const total = load.rate * load.seconds;
  const perConversation = Math.ceil(total / conversations.length);
  const started = performance.now();
  let accepted = 0;
  let sent = 0;
  await Promise.all(
    conversations.map(async (conversation) => {
      for (let seq = 0; seq < perConversation; seq++) {
        const slot = seq * conversations.length + conversation.index;
        if (slot >= total) return;
        const due = started + (slot * 1000) / load.rate;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        receipts.sentAt.set(`${conversation.index} ${seq}`, performance.now());
        sent++;
        if (await send(conversation, seq)) accepted++;
      }
    }),
  );
  const expected = sent * receiversPerMessage;
  const deadline = performance.now() + 15_000;
  while (receipts.count() < expected && performance.now() < deadline) await sleep(50);

  const latencies: number[] = [];
  let duplicated = 0;
  let outOfOrder = 0;
  let delivered = 0;
  let lastReceipt = started;
  for (const list of receipts.byClient.values()) {
    const seen = new Set<string>();
    const lastSeq = new Map<string, number>();
    for (const { key, at } of list) {
      if (seen.has(key)) {
        duplicated++;
        continue;
      }
      seen.add(key);
      delivered++;
      lastReceipt = Math.max(lastReceipt, at);
      const sentAt = receipts.sentAt.get(key);
      if (sentAt !== undefined) latencies.push(at - sentAt);
      const [conversation = "", seq = "0"] = key.split(" ");
      if ((lastSeq.get(conversation) ?? -1) > Number(seq)) outOfOrder++;
      lastSeq.set(conversation, Number(seq));
    }
  }
  return {
    sent,
    accepted,
    throughput: Math.round(accepted / ((lastReceipt - started) / 1000)),
    latencyMs: percentiles(latencies),
    lost: Math.max(0, expected - delivered),
    duplicated,
    outOfOrder,
  };
}

/** A tenant's connections item: one `c#<connectionId>` attribute per connection. */
const ConnectionsItem = z.record(z.string(), z.unknown());

/** The floor's writer: the same three items as an inbound message, then one post to a client. */
async function floorSender(
  baseUrl: string,
  endpoint: string,
  tableName: string,
  tenants: BenchTenant[],
) {
  const credentials = { accessKeyId: "local", secretAccessKey: "local" };
  const ddb = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint, region: "us-east-1", credentials }),
  );
  const management = new ApiGatewayManagementApiClient({
    endpoint: baseUrl,
    region: "us-east-1",
    credentials,
  });
  const connectionOf = new Map<BenchTenant, string>();
  for (const tenant of tenants) {
    const { Item } = await ddb.send(
      new GetCommand({
        TableName: tableName,
        Key: { pk: `TENANT#${tenant.tenantId}`, sk: "CONNECTIONS" },
      }),
    );
    const first = Object.keys(ConnectionsItem.parse(Item ?? {})).find((name) =>
      name.startsWith("c#"),
    );
    if (!first) throw new Error(`no WebSocket connection stored for ${tenant.slug}`);
    connectionOf.set(tenant, first.slice(2));
  }
  let counter = 0;
  return {
    async send(conversation: Conversation, text: string): Promise<boolean> {
      const id = `floor-${process.pid}-${counter++}`;
      const at = new Date().toISOString();
      const conversationKey = { pk: `FLOOR#${tenantKey(conversation)}`, sk: "CONV" };
      const message = {
        id,
        direction: "inbound",
        author: "customer",
        kind: "text",
        text,
        status: "received",
        providerMessageId: `SM${id}`,
        createdAt: at,
      };
      await ddb.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { pk: `FLOORPMSG#${id}`, sk: "PMSG", messageId: id },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: { pk: `FLOORCONV#${conversation.index}`, sk: `MSG#${id}`, ...message },
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: conversationKey,
                UpdateExpression: "SET lastMessage = :last, updatedAt = :at ADD unreadCount :one",
                ExpressionAttributeValues: {
                  ":last": { text: message.text, direction: "inbound", at },
                  ":at": at,
                  ":one": 1,
                },
              },
            },
          ],
        }),
      );
      await management.send(
        new PostToConnectionCommand({
          ConnectionId: connectionOf.get(conversation.tenant),
          Data: new TextEncoder().encode(
            JSON.stringify({ type: "message.created", tenant: "floor", data: message }),
          ),
        }),
      );
      return true;
    },
  };
}

const tenantKey = (conversation: Conversation) =>
  `${conversation.tenant.tenantId}#${conversation.index}`;
