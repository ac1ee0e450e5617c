import { randomUUID } from "node:crypto";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "../src/db/client";
import { keys } from "../src/db/keys";
import { queueInsights, releaseInsightsJob } from "../src/insight/request";
import { useFreshTable } from "./support/fresh-table";

const { tableName } = useFreshTable();

beforeAll(() => {
  // The local cloud's SQS emulation takes the jobs; its worker reads another table, so the jobs
  // queued here are never taken and their markers stay until this test releases them.
  Object.assign(process.env, {
    SQS_ENDPOINT: `${inject("baseUrl")}/_aws/sqs`,
    INSIGHTS_QUEUE_URL: `${inject("baseUrl")}/_aws/sqs/000000000000/insights`,
  });
});

const tenant = () => ({ tenantId: randomUUID(), slug: "shop" });

describe("insights jobs: at most one queued per conversation", () => {
  it("coalesces requests while a job is queued, including concurrent ones, into that job", async () => {
    const owner = tenant();
    const conversationId = randomUUID();
    const first = await queueInsights(owner, conversationId);
    expect(first).toMatchObject({ status: "queued", jobId: expect.any(String) });
    const again = await Promise.all([1, 2, 3, 4].map(() => queueInsights(owner, conversationId)));
    expect(new Set(again.map((job) => job.jobId))).toEqual(new Set([first.jobId]));
    expect(again.every((job) => job.requestedAt === first.requestedAt)).toBe(true);

    // Another conversation has its own slot.
    const other = await queueInsights(owner, randomUUID());
    expect(other.jobId).not.toBe(first.jobId);
  });

  it("queues a new job once the worker took the queued one, or when a lost job's marker expired", async () => {
    const owner = tenant();
    const conversationId = randomUUID();
    const first = await queueInsights(owner, conversationId);
    // Only the job's own marker is released: a stale release changes nothing.
    await releaseInsightsJob(conversationId, "another-job");
    expect((await queueInsights(owner, conversationId)).jobId).toBe(first.jobId);

    await releaseInsightsJob(conversationId, first.jobId);
    const second = await queueInsights(owner, conversationId);
    expect(second.jobId).not.toBe(first.jobId);

    // A job lost before its worker ran (the marker never released) stops blocking once expired.
    await db().send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.insightsJob(conversationId),
        UpdateExpression: "SET expiresAt = :past",
        ExpressionAttributeValues: { ":past": Math.floor(Date.now() / 1000) - 1 },
      }),
    );
    const third = await queueInsights(owner, conversationId);
    expect(third.jobId).not.toBe(second.jobId);
  });
});
