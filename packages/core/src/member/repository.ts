import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Role } from "@helios/contracts";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { queryAll } from "../db/query";
import type { TenantItem } from "../tenant/tenant";
import type { UserItem } from "../user/user";
import { MemberItem, MembershipItem } from "./membership";

export async function listMembers(tenantId: string): Promise<MemberItem[]> {
  const { pk, skPrefix } = keys.membersOf(tenantId);
  const items = await queryAll(pk, skPrefix, { ConsistentRead: true });
  return items.map((item) => MemberItem.parse(item));
}

export async function getMember(tenantId: string, userId: string): Promise<MemberItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.member(tenantId, userId),
      ConsistentRead: true,
    }),
  );
  return Item ? MemberItem.parse(Item) : undefined;
}

export async function listMemberships(userId: string): Promise<MembershipItem[]> {
  const { pk, skPrefix } = keys.membershipsOf(userId);
  const items = await queryAll(pk, skPrefix, { ConsistentRead: true });
  return items.map((item) => MembershipItem.parse(item));
}

/** Both copies of a new membership; each fails if the user is already a member. */
export function membershipPuts(tenant: TenantItem, user: UserItem, role: Role, createdAt: string) {
  const member: MemberItem = {
    tenantId: tenant.id,
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    createdAt,
  };
  const membership: MembershipItem = {
    userId: user.id,
    tenantId: tenant.id,
    slug: tenant.slug,
    tenantName: tenant.name,
    role,
  };
  return [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.member(tenant.id, user.id), type: "member", ...member },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.membership(user.id, tenant.slug), type: "membership", ...membership },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  ];
}

/**
 * The owner count lives on the tenant so that "a tenant always keeps an owner" is one condition in
 * the same transaction as the change, not a read that a concurrent change could invalidate.
 */
export function ownerCountChange(tenantId: string, delta: 1 | -1) {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.tenant(tenantId),
      UpdateExpression: "ADD ownerCount :delta",
      ...(delta < 0
        ? {
            ConditionExpression: "ownerCount > :one",
            ExpressionAttributeValues: { ":delta": delta, ":one": 1 },
          }
        : { ExpressionAttributeValues: { ":delta": delta } }),
    },
  };
}
