import { paginateQuery, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { z } from "zod/mini";
import { tableName } from "../config";
import { db } from "./client";
import type { Item, Key } from "./table";

/** A Query's input without the table (added here). */
export type QueryInput = Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">;

/** Every page of a Query, one request per page, as DynamoDB returns them. */
export function queryPages(input: QueryInput): AsyncIterable<{ Items?: Item[] }> {
  return paginateQuery({ client: db() }, { TableName: tableName(), ...input });
}

/** Every item a Query matches, following pagination. */
export async function queryAll(input: QueryInput): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of queryPages(input)) items.push(...(page.Items ?? []));
  return items;
}

/** Every item of a partition whose sort key starts with a prefix, following pagination. */
export function queryPrefix(
  { pk, skPrefix }: { pk: string; skPrefix: string },
  extra: Partial<QueryInput> = {},
): Promise<Item[]> {
  return queryAll({
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": pk, ":prefix": skPrefix },
    ...extra,
  });
}

/** One Query request: a page of items and the key to continue from, if there is more. */
export async function queryPage(
  input: QueryInput,
  startKey?: Key,
): Promise<{ items: Item[]; lastKey: Key | undefined }> {
  const page = await db().send(
    new QueryCommand({ TableName: tableName(), ...input, ExclusiveStartKey: startKey }),
  );
  return { items: page.Items ?? [], lastKey: page.LastEvaluatedKey };
}

/** Every item of a key range parsed with its schema, read strongly consistent unless told. */
export async function listItems<S extends z.ZodMiniType>(
  schema: S,
  range: { pk: string; skPrefix: string },
  extra: Partial<QueryInput> = { ConsistentRead: true },
): Promise<z.infer<S>[]> {
  const items = await queryPrefix(range, extra);
  return items.map((item) => schema.parse(item));
}
