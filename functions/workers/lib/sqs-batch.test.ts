import type { Context, SQSRecord } from "aws-lambda";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import type { QueueRoute } from "../../routes";
import { handleBatch, type QueueWorker } from "./sqs-batch";

// The backoff's ChangeMessageVisibility needs no queue here: without one it logs and goes on, and
// the record still comes back after the visibility timeout.
const Job = z.object({ step: z.string() });

const route = (fifo: boolean): QueueRoute => ({
  name: fifo ? "jobs.fifo" : "jobs",
  fifo,
  urlEnv: "JOBS_QUEUE_URL_NOT_SET",
  batchSize: 10,
  visibilityTimeoutSeconds: 30,
  maxReceiveCount: 3,
});

/** An SQS record as Lambda delivers it, with a JSON body and, on FIFO, its message group. */
const record = (id: string, body: unknown, options: { group?: string; receives?: number } = {}) =>
  ({
    messageId: id,
    receiptHandle: `AQEB${id}`,
    body: typeof body === "string" ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: String(options.receives ?? 1),
      SentTimestamp: "1764633600000",
      SenderId: "000000000000",
      ApproximateFirstReceiveTimestamp: "1764633600001",
      ...(options.group ? { MessageGroupId: options.group, MessageDeduplicationId: id } : {}),
    },
    messageAttributes: {},
    md5OfBody: "0".repeat(32),
    eventSource: "aws:sqs",
    eventSourceARN: "arn:aws:sqs:us-east-1:000000000000:jobs",
    awsRegion: "us-east-1",
  }) as SQSRecord;

const context = { awsRequestId: "test" } as Context;

function worker(fifo: boolean, handle: QueueWorker<typeof Job>["handle"]): QueueWorker<typeof Job> {
  // The queue's name only picks the URL variable of the backoff, which is not set here.
  return { queue: { name: "insights", route: route(fifo) }, body: Job, handle };
}

/** Records `a1`, `b1`… of groups `a`, `b`… whose bodies name their own step. */
const fifoRecords = (...ids: string[]) =>
  ids.map((id) => record(id, { step: id }, { group: id.slice(0, 1) }));

const failedIds = (response: { batchItemFailures: { itemIdentifier: string }[] }) =>
  response.batchItemFailures.map((failure) => failure.itemIdentifier).sort();

describe("a queue worker's batch (Powertools batch processing and parser)", () => {
  test("FIFO: after a failure the rest of that group is failed unprocessed; other groups go on", async () => {
    const handled: string[] = [];
    const response = await handleBatch(
      { Records: fifoRecords("a1", "b1", "a2", "a3", "b2") },
      context,
      worker(true, async (job) => {
        if (job.step === "a2") throw new Error("the provider is down");
        handled.push(job.step);
      }),
    );
    expect(failedIds(response)).toEqual(["a2", "a3"]);
    expect(handled.sort()).toEqual(["a1", "b1", "b2"]);
  });

  test("FIFO: the groups of one batch run in parallel, each in order", async () => {
    let bStarted = () => {};
    const bRunning = new Promise<void>((resolve) => {
      bStarted = resolve;
    });
    const order: string[] = [];
    const response = await handleBatch(
      { Records: fifoRecords("a1", "a2", "b1") },
      context,
      worker(true, async (job) => {
        // a1 finishes only once group b has started: one group after the other would never end.
        if (job.step === "a1") await bRunning;
        if (job.step === "b1") bStarted();
        order.push(job.step);
      }),
    );
    expect(failedIds(response)).toEqual([]);
    expect(order.filter((step) => step.startsWith("a"))).toEqual(["a1", "a2"]);
  });

  test("a body that is not the job's JSON fails that record only, before the handler; a batch that fails whole is reported, not thrown", async () => {
    const handled: string[] = [];
    const handle = async (job: z.output<typeof Job>) => {
      handled.push(job.step);
    };
    const mixed = await handleBatch(
      {
        Records: [
          record("ok", { step: "ok" }),
          record("not-json", "{not json"),
          record("wrong-shape", { step: 42 }),
        ],
      },
      context,
      worker(false, handle),
    );
    expect(failedIds(mixed)).toEqual(["not-json", "wrong-shape"]);
    expect(handled).toEqual(["ok"]);

    const allBad = await handleBatch(
      { Records: [record("x", "[]"), record("y", "null")] },
      context,
      worker(false, handle),
    );
    expect(failedIds(allBad)).toEqual(["x", "y"]);
  });

  test("the handler learns when a delivery is the queue's last (maxReceiveCount)", async () => {
    const seen: Record<string, boolean> = {};
    await handleBatch(
      {
        Records: [
          record("first", { step: "first" }, { receives: 1 }),
          record("last", { step: "last" }, { receives: 3 }),
        ],
      },
      context,
      worker(false, async (job, { lastAttempt }) => {
        seen[job.step] = lastAttempt;
      }),
    );
    expect(seen).toEqual({ first: false, last: true });
  });
});
