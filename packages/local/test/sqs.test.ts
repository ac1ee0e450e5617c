import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  EmptyBatchRequest,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  ReceiptHandleIsInvalid,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
  SQSServiceException,
} from "@aws-sdk/client-sqs";
import { describe, expect, it, vi } from "vitest";
import type { QueueConfig, SqsLogger } from "../src/sqs/types";
import { sqsTestCredentials as credentials, standaloneSqs } from "./support/sqs-server";

const silent: SqsLogger = { info: () => {}, warn: () => {}, error: () => {} };

const standard: QueueConfig = {
  name: "jobs",
  fifo: false,
  visibilityTimeoutSeconds: 1,
  maxReceiveCount: 3,
  batchSize: 10,
};
const fifo: QueueConfig = { ...standard, name: "jobs.fifo", fifo: true };

const queues = standaloneSqs();
const start = () =>
  queues.start({ queues: [standard, fifo], invoke: async () => {}, logger: silent });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

describe("SQS emulation through @aws-sdk/client-sqs", () => {
  it("sends, receives and deletes", async () => {
    const { sqs, emulation } = await start();
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: "jobs" }));
    expect(QueueUrl).toBe(emulation.queueUrl("jobs"));
    expect(QueueUrl).toMatch(/\/_aws\/sqs\/000000000000\/jobs$/);

    const sent = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: '{"hello":"world"}',
        MessageAttributes: { kind: { DataType: "String", StringValue: "greeting" } },
      }),
    );
    expect(sent.MessageId).toBeTruthy();
    expect(emulation.depth("jobs")).toEqual({ visible: 1, inFlight: 0, delayed: 0, dlq: 0 });

    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MaxNumberOfMessages: 10,
        MessageSystemAttributeNames: ["All"],
        MessageAttributeNames: ["All"],
      }),
    );
    expect(Messages).toHaveLength(1);
    const [message] = Messages ?? [];
    expect(message).toMatchObject({
      MessageId: sent.MessageId,
      Body: '{"hello":"world"}',
      MessageAttributes: { kind: { DataType: "String", StringValue: "greeting" } },
      MD5OfMessageAttributes: sent.MD5OfMessageAttributes,
      Attributes: { ApproximateReceiveCount: "1", SenderId: "000000000000" },
    });

    const attributes = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["All"] }),
    );
    expect(attributes.Attributes).toMatchObject({
      ApproximateNumberOfMessages: "0",
      ApproximateNumberOfMessagesNotVisible: "1",
      QueueArn: "arn:aws:sqs:us-east-1:000000000000:jobs",
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: "arn:aws:sqs:us-east-1:000000000000:jobs-dlq",
        maxReceiveCount: 3,
      }),
    });

    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message?.ReceiptHandle }));
    expect(emulation.depth("jobs")).toEqual({ visible: 0, inFlight: 0, delayed: 0, dlq: 0 });
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    expect(again.Messages ?? []).toHaveLength(0);
  });

  it("redelivers a message whose visibility timeout expired, counting receives", async () => {
    const { sqs, emulation } = await start();
    const QueueUrl = emulation.queueUrl("jobs");
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "retry me" }));

    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    expect(first.Messages).toHaveLength(1);
    const hidden = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    expect(hidden.Messages ?? []).toHaveLength(0);

    const startedAt = Date.now();
    const second = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        WaitTimeSeconds: 3,
        MessageSystemAttributeNames: ["ApproximateReceiveCount"],
      }),
    );
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(800);
    expect(second.Messages?.[0]?.MessageId).toBe(first.Messages?.[0]?.MessageId);
    expect(second.Messages?.[0]?.Attributes).toEqual({ ApproximateReceiveCount: "2" });
    expect(second.Messages?.[0]?.ReceiptHandle).not.toBe(first.Messages?.[0]?.ReceiptHandle);
  });

  it("makes a message visible at once with ChangeMessageVisibility 0", async () => {
    const { sqs, emulation } = await start();
    const QueueUrl = emulation.queueUrl("jobs");
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "x" }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    const ReceiptHandle = Messages?.[0]?.ReceiptHandle;
    await sqs.send(
      new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle, VisibilityTimeout: 0 }),
    );
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    expect(again.Messages).toHaveLength(1);
  });

  it("holds a DelaySeconds message back on a standard queue", async () => {
    const { sqs, emulation } = await start();
    const QueueUrl = emulation.queueUrl("jobs");
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "later", DelaySeconds: 1 }));
    expect(emulation.depth("jobs")).toMatchObject({ visible: 0, delayed: 1 });
    const startedAt = Date.now();
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 3 }),
    );
    expect(Messages?.[0]?.Body).toBe("later");
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(800);
  });

  it("deduplicates FIFO sends within the window", async () => {
    const { sqs, emulation } = await start();
    const QueueUrl = emulation.queueUrl("jobs.fifo");
    const send = (body: string, dedupe: string) =>
      sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: body,
          MessageGroupId: "g",
          MessageDeduplicationId: dedupe,
        }),
      );
    const first = await send("one", "d-1");
    const duplicate = await send("one again", "d-1");
    const other = await send("two", "d-2");
    expect(first.SequenceNumber).toMatch(/^\d{20}$/);
    expect(duplicate.MessageId).toBe(first.MessageId);
    expect(duplicate.SequenceNumber).toBe(first.SequenceNumber);
    expect(other.MessageId).not.toBe(first.MessageId);

    const batch = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: "a", MessageBody: "dup", MessageGroupId: "g", MessageDeduplicationId: "d-2" },
          { Id: "b", MessageBody: "three", MessageGroupId: "g", MessageDeduplicationId: "d-3" },
        ],
      }),
    );
    expect(batch.Successful?.find((entry) => entry.Id === "a")?.MessageId).toBe(other.MessageId);
    expect(emulation.depth("jobs.fifo").visible).toBe(3);

    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }),
    );
    expect(Messages?.map((message) => message.Body)).toEqual(["one", "two", "three"]);
  });

  it("works with a client that has no endpoint, through the QueueUrl", async () => {
    const { emulation } = await start();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const plain = new SQSClient({ region: "us-east-1", credentials });
    try {
      await plain.send(
        new SendMessageCommand({ QueueUrl: emulation.queueUrl("jobs"), MessageBody: "x" }),
      );
    } finally {
      plain.destroy();
      warn.mockRestore();
    }
    expect(emulation.depth("jobs").visible).toBe(1);
  });
});

describe("SQS emulation errors, as the SDK's typed exceptions", () => {
  it("reports a missing queue as QueueDoesNotExist", async () => {
    const { sqs, emulation } = await start();
    const send = await rejection(
      sqs.send(new SendMessageCommand({ QueueUrl: emulation.queueUrl("nope"), MessageBody: "x" })),
    );
    expect(send).toBeInstanceOf(QueueDoesNotExist);
    const lookup = await rejection(sqs.send(new GetQueueUrlCommand({ QueueName: "nope" })));
    expect(lookup).toBeInstanceOf(QueueDoesNotExist);
  });

  it("requires MessageGroupId and MessageDeduplicationId on a FIFO queue", async () => {
    const { sqs, emulation } = await start();
    const QueueUrl = emulation.queueUrl("jobs.fifo");
    const noGroup = await rejection(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "x", MessageDeduplicationId: "d" })),
    );
    expect(noGroup).toBeInstanceOf(SQSServiceException);
    expect(noGroup).toMatchObject({
      name: "MissingParameter",
      message: "The request must contain the parameter MessageGroupId.",
      $fault: "client",
    });
    const noDedupe = await rejection(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "x", MessageGroupId: "g" })),
    );
    expect(noDedupe).toMatchObject({ name: "InvalidParameterValue" });
    expect(String(noDedupe)).toContain("MessageDeduplicationId");
    const delayed = await rejection(
      sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: "x",
          MessageGroupId: "g",
          MessageDeduplicationId: "d",
          DelaySeconds: 5,
        }),
      ),
    );
    expect(delayed).toMatchObject({ name: "InvalidParameterValue" });
  });

  it("validates receives, receipt handles and batches", async () => {
    const { sqs, emulation } = await start();
    const QueueUrl = emulation.queueUrl("jobs");
    expect(
      await rejection(sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 11 }))),
    ).toMatchObject({ name: "InvalidParameterValue" });
    expect(
      await rejection(sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: "garbage" }))),
    ).toBeInstanceOf(ReceiptHandleIsInvalid);
    expect(
      await rejection(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [] }))),
    ).toBeInstanceOf(EmptyBatchRequest);
    expect(
      await rejection(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "" }))),
    ).toMatchObject({ name: "MissingParameter" });
    expect(
      await rejection(
        sqs.send(
          new SendMessageCommand({ QueueUrl, MessageBody: "x", MessageDeduplicationId: "d" }),
        ),
      ),
    ).toMatchObject({ name: "InvalidParameterValue" });

    const batch = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: "ok", MessageBody: "fine" },
          { Id: "bad", MessageBody: "late", DelaySeconds: 901 },
        ],
      }),
    );
    expect(batch.Successful?.map((entry) => entry.Id)).toEqual(["ok"]);
    expect(batch.Failed).toEqual([
      expect.objectContaining({ Id: "bad", Code: "InvalidParameterValue", SenderFault: true }),
    ]);
  });
});
