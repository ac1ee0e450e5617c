import type { Role } from "@helios/contracts";
import { unlessConditionFails } from "../db/conditions";
import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { addTx, deleteTx, EXISTS, putNewTx, readItem, updateItem, updateTx } from "../db/table";
import type { TenantItem } from "../tenant/tenant";
import type { UserItem } from "../user/user";
import { MemberItem, MembershipItem } from "./membership";

export const listMembers = (tenantId: string): Promise<MemberItem[]> =>
  listItems(MemberItem, keys.membersOf(tenantId));

export const getMember = (tenantId: string, userId: string): Promise<MemberItem | undefined> =>
  readItem(MemberItem, keys.member(tenantId, userId));

export const listMemberships = (userId: string): Promise<MembershipItem[]> =>
  listItems(MembershipItem, keys.membershipsOf(userId));

/** The caller's membership in a tenant by its slug (every tenant route's check). */
export const getMembership = (userId: string, slug: string): Promise<MembershipItem | undefined> =>
  readItem(MembershipItem, keys.membership(userId, slug));

/** Both copies of a new membership; each fails if the user is already a member. */
export function membershipPuts(tenant: TenantItem, user: UserItem, role: Role, createdAt: string) {
  const member: MemberItem = {
    tenantId: tenant.id,
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    createdAt,
    available: true,
  };
  const membership: MembershipItem = {
    userId: user.id,
    tenantId: tenant.id,
    slug: tenant.slug,
    tenantName: tenant.name,
    role,
  };
  return [
    putNewTx({ ...keys.member(tenant.id, user.id), type: "member", ...member }),
    putNewTx({ ...keys.membership(user.id, tenant.slug), type: "membership", ...membership }),
  ];
}

/**
 * The owner count lives on the tenant so that "a tenant always keeps an owner" is one condition in
 * the same transaction as the change, not a read that a concurrent change could invalidate.
 */
export const ownerCountChange = (tenantId: string, delta: 1 | -1) =>
  addTx(
    keys.tenant(tenantId),
    "ownerCount",
    delta,
    delta < 0 ? { expression: "ownerCount > :one", values: { ":one": 1 } } : undefined,
  );

/** The member's name as the workspace shows it (a copy of the user's). */
export async function renameMember(tenantId: string, userId: string, name: string): Promise<void> {
  await updateItem({
    Key: keys.member(tenantId, userId),
    UpdateExpression: "SET #name = :name",
    ...EXISTS,
    ExpressionAttributeNames: { "#name": "name" },
    ExpressionAttributeValues: { ":name": name },
  });
}

/** The member's round-robin availability; undefined when they are not a member. */
export async function setAvailability(
  tenantId: string,
  userId: string,
  available: boolean,
): Promise<MemberItem | undefined> {
  const written = await unlessConditionFails(
    updateItem({
      Key: keys.member(tenantId, userId),
      UpdateExpression: "SET available = :available",
      ...EXISTS,
      ExpressionAttributeValues: { ":available": available },
      ReturnValues: "ALL_NEW",
    }),
  );
  return written && MemberItem.parse(written.Attributes);
}

/** Conditions on the member's current role make a concurrent change fail instead of being lost. */
const roleIsExpected = {
  ConditionExpression: "#role = :expected",
  ExpressionAttributeNames: { "#role": "role" },
};

type Membership = { tenantId: string; slug: string; userId: string; role: Role };

const bothCopies = ({ tenantId, slug, userId }: Membership) => [
  keys.member(tenantId, userId),
  keys.membership(userId, slug),
];

/** The updates of both copies of a membership to a new role, if it still has the one read. */
export const roleUpdates = (membership: Membership, role: Role) =>
  bothCopies(membership).map((Key) =>
    updateTx({
      Key,
      UpdateExpression: "SET #role = :role",
      ...roleIsExpected,
      ExpressionAttributeValues: { ":role": role, ":expected": membership.role },
    }),
  );

/** The deletes of both copies of a membership, if it still has the role read. */
export const membershipDeletes = (membership: Membership) =>
  bothCopies(membership).map((Key) =>
    deleteTx({
      Key,
      ...roleIsExpected,
      ExpressionAttributeValues: { ":expected": membership.role },
    }),
  );
