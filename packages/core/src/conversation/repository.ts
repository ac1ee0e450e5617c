import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { ConversationStatus } from "@helios/contracts";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { ConversationItem } from "./conversation";
import { openCursor, sealCursor } from "./list-cursor";

export async function getConversation(
  tenantId: string,
  id: string,
): Promise<ConversationItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.conversation(tenantId, id),
      ConsistentRead: true,
    }),
  );
  return Item ? ConversationItem.parse(Item) : undefined;
}

/** Newest activity first: gsi1 for every status, gsi2 for one status; one Query per page. */
export async function listConversations(
  tenantId: string,
  options: { status?: ConversationStatus; numberId?: string; limit: number; cursor?: string },
): Promise<{ items: ConversationItem[]; nextCursor: string | null }> {
  const byStatus = options.status !== undefined;
  const startKey = await openCursor(tenantId, options.cursor);
  const page = await db().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: byStatus ? "gsi2" : "gsi1",
      KeyConditionExpression: byStatus ? "gsi2pk = :pk" : "gsi1pk = :pk",
      ExpressionAttributeValues: {
        ":pk": byStatus ? `TENANT#${tenantId}#CONVS#${options.status}` : `TENANT#${tenantId}#CONVS`,
        ...(options.numberId ? { ":numberId": options.numberId } : {}),
      },
      ...(options.numberId ? { FilterExpression: "numberId = :numberId" } : {}),
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: startKey,
    }),
  );
  return {
    items: (page.Items ?? []).map((item) => ConversationItem.parse(item)),
    nextCursor: await sealCursor(tenantId, page.LastEvaluatedKey),
  };
}
