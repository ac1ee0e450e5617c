import {
  DeleteCommand,
  type DeleteCommandInput,
  GetCommand,
  type GetCommandInput,
  PutCommand,
  type PutCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { z } from "zod/mini";
import { tableName } from "../config";
import { db } from "./client";
import type { TransactItem } from "./transact";

/**
 * The typed single-item operations on the one table and the builders of transaction items: the
 * table name is added here, so a repository writes only its keys, expressions and schema.
 */
export type Key = Record<string, unknown>;
export type Item = Record<string, unknown>;
type Without<T, K extends string> = Omit<T, "TableName" | K>;

type GetOptions = Without<GetCommandInput, "Key">;

/** One GetItem; the raw item or undefined. */
export async function getItem(key: Key, options: GetOptions = {}): Promise<Item | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: key, ...options }),
  );
  return Item;
}

/** One GetItem parsed with the item's schema (a strongly consistent read unless told). */
export async function readItem<S extends z.ZodMiniType>(
  schema: S,
  key: Key,
  options: GetOptions = { ConsistentRead: true },
): Promise<z.infer<S> | undefined> {
  const item = await getItem(key, options);
  return item ? schema.parse(item) : undefined;
}

export function putItem(input: Without<PutCommandInput, never>) {
  return db().send(new PutCommand({ TableName: tableName(), ...input }));
}

export function updateItem(input: Without<UpdateCommandInput, never>) {
  return db().send(new UpdateCommand({ TableName: tableName(), ...input }));
}

export function deleteItem(input: Without<DeleteCommandInput, never>) {
  return db().send(new DeleteCommand({ TableName: tableName(), ...input }));
}

type TransactInput<K extends keyof TransactItem> = Omit<NonNullable<TransactItem[K]>, "TableName">;

export const putTx = (input: TransactInput<"Put">): TransactItem => ({
  Put: { TableName: tableName(), ...input },
});

/** A Put that creates: it fails if an item with this key exists (uniqueness claims, new records). */
export const putNewTx = (item: Item): TransactItem => putTx({ Item: item, ...NEW });

export const updateTx = (input: TransactInput<"Update">): TransactItem => ({
  Update: { TableName: tableName(), ...input },
});

export const deleteTx = (input: TransactInput<"Delete">): TransactItem => ({
  Delete: { TableName: tableName(), ...input },
});

export const checkTx = (input: TransactInput<"ConditionCheck">): TransactItem => ({
  ConditionCheck: { TableName: tableName(), ...input },
});

/** The condition of a write that creates its item. */
export const NEW = { ConditionExpression: "attribute_not_exists(pk)" } as const;
/** The condition of a write that changes an item that must exist. */
export const EXISTS = { ConditionExpression: "attribute_exists(pk)" } as const;

/** `ADD <attribute> :delta` on an item, as a transaction item, with an optional condition. */
export function addTx(
  key: Key,
  attribute: string,
  delta: number,
  condition?: { expression: string; values?: Record<string, unknown> },
): TransactItem {
  return updateTx({
    Key: key,
    UpdateExpression: `ADD ${attribute} :delta`,
    ...(condition ? { ConditionExpression: condition.expression } : {}),
    ExpressionAttributeValues: { ":delta": delta, ...condition?.values },
  });
}
