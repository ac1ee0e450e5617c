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

/** Who holds a provider address: one number, its tenant, and whether the provider confirmed it. */
export const ClaimHolder = z.object({
  numberId: z.string(),
  tenantId: z.string(),
  verified: z.boolean().default(false),
});
export type ClaimHolder = z.infer<typeof ClaimHolder>;

export async function getClaim(
  provider: "twilio" | "meta",
  address: string,
): Promise<ClaimHolder | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.numberClaim(provider, address),
      ConsistentRead: true,
    }),
  );
  return Item ? ClaimHolder.parse(Item) : undefined;
}

/**
 * The claim that connects a provider address once across all tenants. With `takeOver`, it replaces
 * that unverified holder's claim (a verified claim wins), on condition it is still the holder's.
 */
export function claimNumber(number: NumberItem, takeOver?: ClaimHolder): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...keys.numberClaim(number.provider, claimAddress(number)),
        type: "numberClaim",
        numberId: number.id,
        tenantId: number.tenantId,
        verified: number.verified === true,
      },
      ...(takeOver
        ? {
            ConditionExpression:
              "numberId = :holder AND (attribute_not_exists(verified) OR verified = :unverified)",
            ExpressionAttributeValues: { ":holder": takeOver.numberId, ":unverified": false },
          }
        : { ConditionExpression: "attribute_not_exists(pk)" }),
    },
  };
}

/** Marks a number whose address a verified claim took over: it stays, but receives nothing. */
export function disconnectNumber(numberId: string, at: string): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.number(numberId),
      UpdateExpression: "SET disconnectedAt = :at, updatedAt = :at",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":at": at },
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

/** The number connected at a provider address (`whatsapp:+E164` for Twilio, the phone number id for Meta). */
export async function findNumberByAddress(
  provider: "twilio" | "meta",
  address: string,
): Promise<NumberItem | undefined> {
  const claim = await getClaim(provider, address);
  return claim ? getNumber(claim.numberId) : undefined;
}
