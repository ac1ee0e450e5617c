import { randomUUID } from "node:crypto";
import { marshall } from "@aws-sdk/util-dynamodb";
import { keys } from "@helios/core/db/keys";
import { getItem } from "@helios/core/db/table";
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { describe, expect, test } from "vitest";
import { useFreshTable } from "../../packages/core/test/support/fresh-table";
import { handler } from "./index-search";

useFreshTable();

const tenantId = `t-${randomUUID()}`;

/** A stored customer message, as the inbound transaction writes it. */
const message = (conversationId: string, text: string) => ({
  pk: `CONV#${conversationId}`,
  sk: `MSG#01${randomUUID()}`,
  type: "message",
  tenantId,
  provider: "twilio",
  statusRank: 0,
  id: `01${randomUUID()}`,
  conversationId,
  direction: "inbound",
  author: "customer",
  kind: "text",
  text,
  status: "received",
  providerMessageId: `SM${randomUUID()}`,
  createdAt: "2026-12-01T10:00:00.000Z",
});

let sequence = 100;
const record = (eventName: "INSERT" | "MODIFY", image: Record<string, unknown>): DynamoDBRecord =>
  ({
    eventName,
    eventSource: "aws:dynamodb",
    dynamodb: {
      NewImage: marshall(image),
      SequenceNumber: String(sequence++),
      StreamViewType: "NEW_AND_OLD_IMAGES",
    },
  }) as DynamoDBRecord;

const invoke = (records: DynamoDBRecord[]) =>
  handler({ Records: records } as DynamoDBStreamEvent, { awsRequestId: "test" } as Context);

const indexed = (token: string, conversationId: string) =>
  getItem(keys.searchToken(tenantId, token, conversationId), { ConsistentRead: true });

describe("the search indexer's stream handler", () => {
  test("indexes a batch's messages, each word once per conversation", async () => {
    const answer = await invoke([
      record("INSERT", message("conv-a", "Where is my parcel?")),
      record("INSERT", message("conv-a", "The parcel, please")),
    ]);
    expect(answer).toEqual({ batchItemFailures: [] });
    expect(await indexed("parcel", "conv-a")).toMatchObject({ gsi1pk: expect.any(String) });
    expect(await indexed("please", "conv-a")).toBeDefined();
  });

  test("reports only the record that fails, and indexes the others", async () => {
    const broken = record("INSERT", { type: "conversation", tenantId, id: "no-such-shape" });
    const good = record("INSERT", message("conv-b", "refund"));
    const answer = await invoke([good, broken]);
    expect(answer).toEqual({
      batchItemFailures: [{ itemIdentifier: broken.dynamodb?.SequenceNumber }],
    });
    expect(await indexed("refund", "conv-b")).toBeDefined();
  });
});
