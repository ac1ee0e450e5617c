import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "./client";

/** Every item of a partition whose sort key starts with a prefix, following pagination. */
export async function queryAll(
  pk: string,
  skPrefix: string,
  extra: Partial<QueryCommandInput> = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": pk, ":prefix": skPrefix },
        ExclusiveStartKey: startKey,
        ...extra,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
