import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { queryPages } from "../db/query";

const BATCH = 25;
const UNPROCESSED_ROUNDS = 8;

/**
 * Deletes everything stored under a conversation's partition (its messages and the AI's reply
 * markers), a page at a time. The provider-id dedupe markers stay: a late redelivery of an old
 * message must still be recognised, not stored again.
 */
export async function purgeConversationItems(conversationId: string): Promise<void> {
  const { pk } = keys.messagesOf(conversationId);
  const pages = queryPages({
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ProjectionExpression: "pk, sk",
    Limit: 500,
  });
  for await (const page of pages) {
    const keysOnPage = (page.Items ?? []).map((item) => ({ pk: item.pk, sk: item.sk }));
    const batches: (typeof keysOnPage)[] = [];
    for (let i = 0; i < keysOnPage.length; i += BATCH) batches.push(keysOnPage.slice(i, i + BATCH));
    await Promise.all(batches.map(deleteBatch));
  }
}

async function deleteBatch(batch: Record<string, unknown>[]): Promise<void> {
  let requests: { DeleteRequest: { Key: Record<string, unknown> } }[] = batch.map((Key) => ({
    DeleteRequest: { Key },
  }));
  for (let round = 0; requests.length > 0; round++) {
    if (round >= UNPROCESSED_ROUNDS)
      throw new Error("DynamoDB kept items of a batch delete unprocessed");
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** round));
    const result = await db().send(
      new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }),
    );
    requests = (result.UnprocessedItems?.[tableName()] ?? []).flatMap((request) =>
      request.DeleteRequest?.Key ? [{ DeleteRequest: { Key: request.DeleteRequest.Key } }] : [],
    );
  }
}
