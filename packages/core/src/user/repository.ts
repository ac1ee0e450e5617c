import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { forgetSessionState } from "../auth/sessions";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { UserItem } from "./user";

const EmailClaim = z.object({ userId: z.string() });

export async function getUser(userId: string): Promise<UserItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.user(userId) }),
  );
  return Item ? UserItem.parse(Item) : undefined;
}

export async function findUserByEmail(email: string): Promise<UserItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.userEmail(email) }),
  );
  return Item ? getUser(EmailClaim.parse(Item).userId) : undefined;
}

/** The items that create a user: its profile and the claim that makes its e-mail unique. */
export function newUserPuts(user: UserItem) {
  return [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.userEmail(user.email), type: "userEmail", userId: user.id },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.user(user.id), type: "user", ...user },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  ];
}

/** The workspace the user used last, kept per user (not per browser). */
export async function rememberLastTenant(userId: string, slug: string): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.user(userId),
      UpdateExpression: "SET lastTenant = :slug",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":slug": slug },
    }),
  );
  forgetSessionState(userId);
}

/** For accounts whose address is proved outside Helios (the local cloud's demo owner). */
export async function markEmailVerified(userId: string): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.user(userId),
      UpdateExpression: "SET emailVerified = :true",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":true": true },
    }),
  );
  forgetSessionState(userId);
}
