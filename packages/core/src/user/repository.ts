import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
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
