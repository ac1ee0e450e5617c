import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { ConversationStatus } from "@helios/contracts";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { validationFailed } from "../errors/app-error";
import { ConversationItem } from "./conversation";

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

const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString("base64url") : null;

function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof key === "object" && key !== null && !Array.isArray(key))
      return key as Record<string, unknown>;
  } catch {}
  throw validationFailed("The cursor is not valid: start again from the first page", {
    cursor: "Not a cursor this API gave",
  });
}

/** Newest activity first: gsi1 for every status, gsi2 for one status; one Query per page. */
export async function listConversations(
  tenantId: string,
  options: { status?: ConversationStatus; numberId?: string; limit: number; cursor?: string },
): Promise<{ items: ConversationItem[]; nextCursor: string | null }> {
  const byStatus = options.status !== undefined;
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
      ExclusiveStartKey: decodeCursor(options.cursor),
    }),
  );
  return {
    items: (page.Items ?? []).map((item) => ConversationItem.parse(item)),
    nextCursor: encodeCursor(page.LastEvaluatedKey),
  };
}
