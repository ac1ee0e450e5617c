import { SendMessageCommand } from "@aws-sdk/client-sqs";
import { describe, expect, inject, it } from "vitest";
import { drain as drainCloud } from "../src/drain";
import type { SqsLogger } from "../src/sqs/types";
import { aiTenantCustomer, POLL } from "./support/ai";
import { drain } from "./support/drain";
import { gate } from "./support/gate";
import { modelRequests, newMarker, scriptModel } from "./support/model";
import { standaloneSqs } from "./support/sqs-server";

const silent: SqsLogger = { info: () => {}, warn: () => {}, error: () => {} };
const queues = standaloneSqs();

/** One queue "work" whose handler holds the bodies listed in `held` until their gate opens. */
async function workQueue(held: Record<string, Promise<void>> = {}) {
  const handled: string[] = [];
  const { sqs, emulation } = await queues.start({
    queues: [
      {
        name: "work",
        fifo: false,
        visibilityTimeoutSeconds: 30,
        maxReceiveCount: 2,
        batchSize: 1,
        handler: "functions/workers/test.handler",
      },
    ],
    invoke: async (_handler, event) => {
      for (const record of event.Records) {
        await held[record.body];
        handled.push(record.body);
      }
      return { batchItemFailures: [] };
    },
    logger: silent,
  });
  const send = (body: string, delaySeconds = 0) =>
    sqs.send(
      new SendMessageCommand({
        QueueUrl: emulation.queueUrl("work"),
        MessageBody: body,
        DelaySeconds: delaySeconds,
      }),
    );
  return { sqs: emulation, handled, send };
}

const idleSandbox = { idle: async () => {} };
const noThreads = { running: () => 0 };

describe("the local cloud's drain", () => {
  it("waits for running invocations and messages due within the bound; one due later is parked", async () => {
    const held = gate();
    const { sqs, handled, send } = await workQueue({ held: held.opened });
    await send("held");
    await send("soon", 1);
    await send("later", 60);
    const drained = drainCloud(
      { sqs, workers: noThreads, sandbox: idleSandbox },
      { timeoutMs: 20_000, dueWithinMs: 5_000, callbacks: false },
    );
    await expect.poll(() => sqs.drainState(5_000).invocations).toBe(1);
    held.open();

    const answer = await drained;
    expect(handled.sort()).toEqual(["held", "soon"]);
    expect(answer).toMatchObject({
      drained: true,
      invocations: 0,
      threadInvocations: 0,
      callbacksPending: false,
      queues: { work: { due: 0, parked: 1, dlq: 0 } },
    });
  });

  it("answers not drained at the timeout, with what is still running", async () => {
    const held = gate();
    const { sqs, send } = await workQueue({ stuck: held.opened });
    await send("stuck");
    await expect.poll(() => sqs.drainState().invocations).toBe(1);

    const answer = await drainCloud(
      { sqs, workers: noThreads, sandbox: idleSandbox },
      { timeoutMs: 50, dueWithinMs: 5_000, callbacks: false },
    );
    expect(answer).toMatchObject({ drained: false, invocations: 1 });
    held.open();
  });

  it("waits for the function threads' invocations, and with callbacks for the sandbox's pending ones", async () => {
    const { sqs } = await workQueue();
    const callbacks = gate();
    let threadInvocations = 1;
    const parts = {
      sqs,
      workers: { running: () => threadInvocations },
      sandbox: { idle: () => callbacks.opened },
    };
    const answer = drainCloud(parts, { timeoutMs: 20_000, dueWithinMs: 5_000, callbacks: true });
    // Neither is quiet yet: a short drain says which.
    const early = await drainCloud(parts, { timeoutMs: 50, dueWithinMs: 5_000, callbacks: true });
    expect(early).toMatchObject({ drained: false, callbacksPending: true, threadInvocations: 1 });

    threadInvocations = 0;
    // Callbacks are waited for only when asked.
    const queuesOnly = await drainCloud(parts, {
      timeoutMs: 50,
      dueWithinMs: 5_000,
      callbacks: false,
    });
    expect(queuesOnly).toMatchObject({ drained: true, callbacksPending: false });
    callbacks.open();
    expect(await answer).toMatchObject({ drained: true, callbacksPending: false });
  });

  it("waits until the table's stream consumers handled every record written before it", async () => {
    const { sqs } = await workQueue();
    let handledUpTo = 0;
    const streams = {
      caughtUp: (since: number) => handledUpTo >= since,
      settled: async (since: number, signal: AbortSignal) => {
        while (handledUpTo < since && !signal.aborted) await new Promise((r) => setTimeout(r, 5));
      },
    };
    const parts = { sqs, workers: noThreads, sandbox: idleSandbox, streams };
    const behind = await drainCloud(parts, { timeoutMs: 50, dueWithinMs: 5_000, callbacks: false });
    expect(behind).toMatchObject({ drained: false, streamBehind: true });
    const answer = drainCloud(parts, { timeoutMs: 20_000, dueWithinMs: 5_000, callbacks: false });
    setTimeout(() => {
      handledUpTo = Number.MAX_SAFE_INTEGER;
    }, 20);
    expect(await answer).toMatchObject({ drained: true, streamBehind: false });
  });

  it("over HTTP: waits for an AI turn in its worker thread; 504 while it runs and the timeout is short; 400 on a bad body", async () => {
    const base = inject("baseUrl");
    const post = (body: unknown) =>
      fetch(`${base}/_local/drain`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const bad = await post({ timeoutMs: "soon" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: "validation_failed", fields: { timeoutMs: [expect.any(String)] } },
    });

    const { customer } = await aiTenantCustomer();
    const marker = newMarker();
    await scriptModel(marker, [{ reply: `slow answer ${marker}`, delayMs: 1500 }]);
    await customer.say(`Hello ${marker}`);
    await expect.poll(async () => (await modelRequests(marker)).length, POLL).toBe(1);

    const busy = await post({ timeoutMs: 0 });
    expect(busy.status).toBe(504);
    expect(await busy.json()).toMatchObject({
      error: { code: "not_drained" },
      pending: { drained: false },
    });

    await drain();
    expect(await customer.aiTexts()).toEqual([`slow answer ${marker}`]);
  });
});
