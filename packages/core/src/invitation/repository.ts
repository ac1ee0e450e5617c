import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { tableName } from "../config";
import { db } from "../db/client";
import { keys } from "../db/keys";
import { queryAll } from "../db/query";
import type { TransactItem } from "../db/transact";
import { hashLinkToken } from "../tokens/link-token";
import { InvitationItem } from "./invitation";

export async function listInvitations(tenantId: string): Promise<InvitationItem[]> {
  const { pk, skPrefix } = keys.invitationsOf(tenantId);
  const items = await queryAll(pk, skPrefix, { ConsistentRead: true });
  return items.map((item) => InvitationItem.parse(item));
}

export async function getInvitation(
  tenantId: string,
  invitationId: string,
): Promise<InvitationItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.invitation(tenantId, invitationId),
      ConsistentRead: true,
    }),
  );
  return Item ? InvitationItem.parse(Item) : undefined;
}

export async function findInvitationByToken(token: string): Promise<InvitationItem | undefined> {
  const { Item } = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.invitationToken(hashLinkToken(token)),
      ConsistentRead: true,
    }),
  );
  return Item ? InvitationItem.safeParse(Item).data : undefined;
}

export function invitationPuts(item: InvitationItem): TransactItem[] {
  return [
    { ...keys.invitation(item.tenantId, item.id), type: "invitation" },
    { ...keys.invitationToken(item.tokenHash), type: "invitationToken" },
  ].map((key) => ({
    Put: {
      TableName: tableName(),
      Item: { ...key, ...item },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  }));
}

/** Both copies go together; each delete fails if a parallel accept or revoke took it first. */
export function invitationDeletes(item: InvitationItem): TransactItem[] {
  return [keys.invitationToken(item.tokenHash), keys.invitation(item.tenantId, item.id)].map(
    (Key) => ({
      Delete: { TableName: tableName(), Key, ConditionExpression: "attribute_exists(pk)" },
    }),
  );
}
