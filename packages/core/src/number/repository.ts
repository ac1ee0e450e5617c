import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import type { TransactItem } from "../db/transact";
import { claimAddress, NumberItem } from "./number";

export async function getNumber(numberId: string): Promise<NumberItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.number(numberId), ConsistentRead: true }),
  );
  return Item ? NumberItem.parse(Item) : undefined;
}

/** A tenant's numbers, oldest first (gsi1; a tenant has few numbers, so one page suffices). */
export async function listNumbers(tenantId: string): Promise<NumberItem[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: { ":pk": keys.numbersOfTenantIndex(tenantId).gsi1pk },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items.map((item) => NumberItem.parse(item));
}

export function putNumber(
  number: NumberItem,
  condition: "new" | { updatedAt: string },
): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.number(number.id),
        ...keys.numbersOfTenantIndex(number.tenantId),
        gsi1sk: `${number.createdAt}#${number.id}`,
        type: "number",
        ...number,
      },
      ...(condition === "new"
        ? { ConditionExpression: "attribute_not_exists(pk)" }
        : {
            ConditionExpression: "updatedAt = :seen",
            ExpressionAttributeValues: { ":seen": condition.updatedAt },
          }),
    },
  };
}

export function deleteNumber(number: NumberItem): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: keys.number(number.id),
      ConditionExpression: "updatedAt = :seen",
      ExpressionAttributeValues: { ":seen": number.updatedAt },
    },
  };
}

/** The claim that connects a provider address once across all tenants. */
export function claimNumber(number: NumberItem): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.numberClaim(number.provider, claimAddress(number)),
        type: "numberClaim",
        numberId: number.id,
        tenantId: number.tenantId,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

export function releaseClaim(number: NumberItem): TransactItem {
  return {
    Delete: {
      TableName: tableName(),
      Key: keys.numberClaim(number.provider, claimAddress(number)),
      ConditionExpression: "numberId = :id",
      ExpressionAttributeValues: { ":id": number.id },
    },
  };
}

const NumberClaim = z.object({ numberId: z.string(), tenantId: z.string() });

/** The number connected at a provider address (`whatsapp:+E164` for Twilio, the phone number id for Meta). */
export async function findNumberByAddress(
  provider: "twilio" | "meta",
  address: string,
): Promise<NumberItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.numberClaim(provider, address),
      ConsistentRead: true,
    }),
  );
  return Item ? getNumber(NumberClaim.parse(Item).numberId) : undefined;
}
