import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { TenantItem } from "./tenant";

const SlugClaim = z.object({ tenantId: z.string() });

export async function getTenant(tenantId: string): Promise<TenantItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.tenant(tenantId), ConsistentRead: true }),
  );
  return Item ? TenantItem.parse(Item) : undefined;
}

export async function findTenantBySlug(slug: string): Promise<TenantItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.tenantSlug(slug) }),
  );
  return Item ? getTenant(SlugClaim.parse(Item).tenantId) : undefined;
}

/** The items that create a tenant: its profile and the claim that makes its slug unique. */
export function newTenantPuts(tenant: TenantItem) {
  return [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.tenantSlug(tenant.slug), type: "tenantSlug", tenantId: tenant.id },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.tenant(tenant.id), type: "tenant", ...tenant },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  ];
}
