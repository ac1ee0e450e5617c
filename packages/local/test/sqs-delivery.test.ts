import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
} from "@aws-sdk/client-sqs";
import type { SQSEvent, SQSRecord } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { InvokeHandler, QueueConfig, SqsLogger } from "../src/sqs/types";
import { gate } from "./support/gate";
import { standaloneSqs } from "./support/sqs-server";

const HANDLER = "functions/workers/test.handler";

interface Delivery {
  body: string;
  receiveCount: string;
  at: number;
}

const queues = standaloneSqs();

function recorder() {
  const logged: string[] = [];
  const logger: SqsLogger = {
    info: () => {},
    warn: (message) => logged.push(message),
    error: (message) => logged.push(message),
  };
  return { logged, logger };
}

async function start(queue: Partial<QueueConfig> & { name: string }, invoke: InvokeHandler) {
  const { logged, logger } = recorder();
  const config: QueueConfig = {
    fifo: queue.name.endsWith(".fifo"),
    visibilityTimeoutSeconds: 1,
    maxReceiveCount: 3,
    batchSize: 10,
    handler: HANDLER,
    ...queue,
  };
  const { sqs, emulation } = await queues.start({ queues: [config], invoke, logger });
  return { sqs, emulation, url: emulation.queueUrl(config.name), logged };
}

const deliveriesOf = (records: SQSRecord[]): Delivery[] =>
  records.map((record) => ({
    body: record.body,
    receiveCount: record.attributes.ApproximateReceiveCount,
    at: Date.now(),
  }));

describe("SQS event source mapping", () => {
  it("invokes the handler with a real SQSEvent and deletes what succeeded", async () => {
    const events: SQSEvent[] = [];
    const { sqs, emulation, url } = await start({ name: "mail" }, async (_handler, event) => {
      events.push(event);
    });
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: url,
        MessageBody: "hello",
        MessageAttributes: { tenant: { DataType: "String", StringValue: "t1" } },
      }),
    );
    await emulation.drained();

    expect(events).toHaveLength(1);
    const record = events[0]?.Records[0];
    expect(record).toEqual({
      messageId: expect.any(String),
      receiptHandle: expect.any(String),
      body: "hello",
      attributes: {
        ApproximateReceiveCount: "1",
        SentTimestamp: expect.stringMatching(/^\d{13}$/),
        SenderId: "000000000000",
        ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
      },
      messageAttributes: {
        tenant: {
          stringValue: "t1",
          stringListValues: [],
          binaryListValues: [],
          dataType: "String",
        },
      },
      md5OfBody: createHash("md5").update("hello").digest("hex"),
      md5OfMessageAttributes: expect.stringMatching(/^[0-9a-f]{32}$/),
      eventSource: "aws:sqs",
      eventSourceARN: "arn:aws:sqs:us-east-1:000000000000:mail",
      awsRegion: "us-east-1",
    });
    expect(emulation.depth("mail")).toEqual({ visible: 0, inFlight: 0, delayed: 0, dlq: 0 });
  });

  it("retries only the records reported in batchItemFailures, after the visibility timeout", async () => {
    const deliveries: Delivery[] = [];
    let failedOnce = false;
    const { sqs, emulation, url } = await start({ name: "partial" }, async (_handler, event) => {
      deliveries.push(...deliveriesOf(event.Records));
      const flaky = event.Records.find((record) => record.body === "b");
      if (flaky && !failedOnce) {
        failedOnce = true;
        return { batchItemFailures: [{ itemIdentifier: flaky.messageId }] };
      }
      return { batchItemFailures: [] };
    });
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: ["a", "b", "c"].map((body) => ({ Id: body, MessageBody: body })),
      }),
    );
    await emulation.drained();

    const bodies = deliveries.map((delivery) => `${delivery.body}#${delivery.receiveCount}`);
    expect(bodies.sort()).toEqual(["a#1", "b#1", "b#2", "c#1"]);
    const [firstB, secondB] = deliveries.filter((delivery) => delivery.body === "b");
    expect((secondB?.at ?? 0) - (firstB?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(emulation.depth("partial")).toEqual({ visible: 0, inFlight: 0, delayed: 0, dlq: 0 });
  });

  it("retries a whole batch when the handler throws, then moves it to the DLQ after maxReceiveCount", async () => {
    let invocations = 0;
    const { sqs, emulation, url, logged } = await start(
      { name: "doomed", maxReceiveCount: 2 },
      async () => {
        invocations += 1;
        throw new Error("provider down");
      },
    );
    const { MessageId } = await sqs.send(
      new SendMessageCommand({ QueueUrl: url, MessageBody: "poison" }),
    );
    await emulation.drained();

    expect(invocations).toBe(2);
    expect(emulation.depth("doomed")).toEqual({ visible: 0, inFlight: 0, delayed: 0, dlq: 1 });
    expect(logged.some((line) => line.includes("moved to doomed-dlq"))).toBe(true);
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: emulation.queueUrl("doomed-dlq"),
        MessageSystemAttributeNames: ["DeadLetterQueueSourceArn"],
      }),
    );
    expect(Messages?.[0]).toMatchObject({
      MessageId,
      Body: "poison",
      Attributes: { DeadLetterQueueSourceArn: "arn:aws:sqs:us-east-1:000000000000:doomed" },
    });
  });

  it("delivers each FIFO group in order, one batch per group at a time, groups in parallel", async () => {
    const groups = ["g1", "g2", "g3", "g4"];
    const perGroup = 6;
    const seen = new Map<string, number[]>();
    const busyGroups = new Set<string>();
    const overlaps: string[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const { sqs, emulation, url } = await start(
      { name: "chat.fifo", batchSize: 3 },
      async (_handler, event) => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        const mine = new Set(event.Records.map((record) => record.attributes.MessageGroupId ?? ""));
        for (const group of mine) {
          if (busyGroups.has(group)) overlaps.push(group);
          busyGroups.add(group);
        }
        await sleep(30);
        for (const record of event.Records) {
          const [group = "", index = ""] = record.body.split(":");
          seen.set(group, [...(seen.get(group) ?? []), Number(index)]);
        }
        for (const group of mine) busyGroups.delete(group);
        concurrent -= 1;
      },
    );

    // Interleaved across groups, alternating single sends and batches.
    for (let index = 0; index < perGroup; index += 1) {
      if (index % 2 === 0) {
        for (const group of groups) {
          await sqs.send(
            new SendMessageCommand({
              QueueUrl: url,
              MessageBody: `${group}:${index}`,
              MessageGroupId: group,
              MessageDeduplicationId: `${group}-${index}`,
            }),
          );
        }
      } else {
        await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: url,
            Entries: groups.map((group) => ({
              Id: `${group}-${index}`,
              MessageBody: `${group}:${index}`,
              MessageGroupId: group,
              MessageDeduplicationId: `${group}-${index}`,
            })),
          }),
        );
      }
    }
    await emulation.drained();

    const inOrder = Array.from({ length: perGroup }, (_, index) => index);
    for (const group of groups) expect(seen.get(group)).toEqual(inOrder);
    expect(overlaps).toEqual([]);
    expect(maxConcurrent).toBeGreaterThan(1);
  });

  it("treats the later records of a failed FIFO group as failed too", async () => {
    const log: string[] = [];
    let failedOnce = false;
    const { sqs, emulation, url } = await start(
      { name: "ordered.fifo" },
      async (_handler, event) => {
        log.push(
          ...event.Records.map(
            (record) => `${record.body}#${record.attributes.ApproximateReceiveCount}`,
          ),
        );
        const second = event.Records.find((record) => record.body === "a2");
        if (second && !failedOnce) {
          failedOnce = true;
          // Reports only a2; Lambda must not let a3 through ahead of it.
          return { batchItemFailures: [{ itemIdentifier: second.messageId }] };
        }
        return undefined;
      },
    );
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: ["a1", "a2", "a3", "b1"].map((body) => ({
          Id: body,
          MessageBody: body,
          MessageGroupId: body.slice(0, 1),
          MessageDeduplicationId: body,
        })),
      }),
    );
    await emulation.drained();

    expect(log.filter((entry) => entry.startsWith("a"))).toEqual([
      "a1#1",
      "a2#1",
      "a3#1",
      "a2#2",
      "a3#2",
    ]);
    expect(log).toContain("b1#1");
    expect(log).not.toContain("b1#2");
  });

  it("waits for running invocations on stop", async () => {
    let finished = false;
    const started = gate();
    const { sqs, url } = await start({ name: "slow" }, async () => {
      started.open();
      // The handler's own work, still running when the server is asked to close.
      await sleep(200);
      finished = true;
    });
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: "x" }));
    await started.opened;
    await queues.close();
    expect(finished).toBe(true);
  });
});
