import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from "@aws-sdk/client-dynamodb-streams";
import { streamRoutes } from "@helios/functions/routes";
import type { DynamoDBRecord } from "aws-lambda";
import { afterEach, describe, expect, it } from "vitest";
import { StreamPoller } from "../src/streams/poller";

interface FakeShard {
  id: string;
  parent?: string;
  records: StreamRecord[];
  closed: boolean;
}

let sequence = 0;
const change = (type: string, id: string): StreamRecord => ({
  eventName: "INSERT",
  dynamodb: {
    NewImage: {
      type: { S: type },
      id: { S: id },
      ...(type === "message" ? { text: { S: id } } : {}),
    },
    SequenceNumber: String(++sequence).padStart(21, "0"),
    StreamViewType: "NEW_AND_OLD_IMAGES",
  },
});

/** DynamoDB Streams as the poller sees it: shards (a parent closed, its child open) and records. */
function fakeStreams(shards: FakeShard[]) {
  const send = async (command: unknown) => {
    if (command instanceof DescribeStreamCommand)
      return {
        StreamDescription: {
          Shards: shards.map((s) => ({ ShardId: s.id, ParentShardId: s.parent })),
        },
      };
    if (command instanceof GetShardIteratorCommand) {
      const { ShardId, ShardIteratorType, SequenceNumber } = command.input;
      const shard = shards.find((s) => s.id === ShardId);
      const at =
        ShardIteratorType === "AFTER_SEQUENCE_NUMBER"
          ? (shard?.records.findIndex((r) => r.dynamodb?.SequenceNumber === SequenceNumber) ?? 0) +
            1
          : 0;
      return { ShardIterator: `${ShardId}|${at}` };
    }
    if (command instanceof GetRecordsCommand) {
      const [id, at] = (command.input.ShardIterator ?? "").split("|");
      const shard = shards.find((s) => s.id === id);
      if (!shard) throw new Error(`no shard ${id}`);
      const from = Number(at);
      const records = shard.records.slice(from, from + 2);
      const next = from + records.length;
      const done = shard.closed && next >= shard.records.length;
      return { Records: records, NextShardIterator: done ? undefined : `${id}|${next}` };
    }
    throw new Error("unexpected command");
  };
  return { send } as unknown as DynamoDBStreamsClient;
}

const table = {
  send: async () => ({ Table: { LatestStreamArn: "arn:aws:dynamodb:local:0:table/t/stream/x" } }),
} as unknown as DynamoDBClient;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const route = streamRoutes[0] ?? (undefined as never);
const pollers: StreamPoller[] = [];
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((poller) => poller.stop()));
});

function poll(shards: FakeShard[], handle: (records: DynamoDBRecord[]) => unknown) {
  const poller = new StreamPoller({
    dynamodb: table,
    streams: fakeStreams(shards),
    tableName: "t",
    route,
    invoke: async (_handler, event) => handle(event.Records),
    logger: quiet,
    region: "us-east-1",
    idlePollMs: 5,
    retryDelayMs: 1,
  });
  pollers.push(poller);
  poller.start();
  return poller;
}

const idsOf = (records: DynamoDBRecord[]) =>
  records.map((record) => record.dynamodb?.NewImage?.id?.S);

describe("the local stream poller (Lambda's DynamoDB Streams event source)", () => {
  it("reads a parent shard to its end before its child, filtered, in Lambda's event shape", async () => {
    const shards: FakeShard[] = [
      {
        id: "child",
        parent: "parent",
        records: [change("conversation", "c2"), change("message", "m2")],
        closed: false,
      },
      {
        id: "parent",
        records: [
          change("conversation", "c1"),
          change("notification", "n1"),
          change("message", "m1"),
        ],
        closed: true,
      },
    ];
    const seen: DynamoDBRecord[] = [];
    const since = Date.now();
    const poller = poll(shards, (records) => {
      seen.push(...records);
      return { batchItemFailures: [] };
    });
    await expect.poll(() => poller.caughtUp(since), { timeout: 5_000 }).toBe(true);
    expect(idsOf(seen)).toEqual(["c1", "m1", "c2", "m2"]);
    expect(seen[0]).toMatchObject({
      eventSource: "aws:dynamodb",
      eventSourceARN: "arn:aws:dynamodb:local:0:table/t/stream/x",
      awsRegion: "us-east-1",
    });

    // A shard that appears later is followed too: a drain lists the shards again.
    shards.push({ id: "late", records: [change("conversation", "c3")], closed: false });
    const later = Date.now();
    await poller.settled(later, AbortSignal.timeout(5_000));
    expect(poller.caughtUp(later)).toBe(true);
    expect(idsOf(seen).at(-1)).toBe("c3");
  });

  it("retries a batch from its first reported failure", async () => {
    const records = [change("conversation", "a"), change("conversation", "b")];
    const shards: FakeShard[] = [{ id: "only", records, closed: false }];
    const batches: (string | undefined)[][] = [];
    const since = Date.now();
    const poller = poll(shards, (batch) => {
      batches.push(idsOf(batch));
      return batches.length === 1
        ? { batchItemFailures: [{ itemIdentifier: batch[1]?.dynamodb?.SequenceNumber }] }
        : { batchItemFailures: [] };
    });
    await expect.poll(() => poller.caughtUp(since), { timeout: 5_000 }).toBe(true);
    expect(batches).toEqual([["a", "b"], ["b"]]);
  });
});
