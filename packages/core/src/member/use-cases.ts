import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import type { AddMemberBody, Member, Role } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { newAccount } from "../auth/credentials";
import { failedTransactionItems, isTransactionConflict } from "../db/conditions";
import { transactWrite } from "../db/transact";
import { conflict, forbidden, notFound, ruleViolated } from "../errors/app-error";
import { nowIso } from "../ids";
import { closeSocket, disconnectUser } from "../realtime/disconnect";
import { forgetConnectionsWrites, userConnections } from "../realtime/repository";
import { getTenant } from "../tenant/repository";
import { findUserByEmail, newUserPuts } from "../user/repository";
import type { MemberItem } from "./membership";
import {
  getMember,
  listMembers,
  membershipDeletes,
  membershipPuts,
  ownerCountChange,
  roleUpdates,
} from "./repository";

const toMember = ({
  userId,
  email,
  name,
  role,
}: Pick<MemberItem, "userId" | "email" | "name" | "role">): Member => ({
  userId,
  email,
  name,
  role,
});

const keepAnOwner = () =>
  ruleViolated("last_owner", "A workspace always keeps an owner: make someone else owner first");

export async function list(actor: Actor): Promise<Member[]> {
  requireRole(actor, MANAGERS, "see the members");
  const members = await listMembers(actor.tenantId);
  return members.map(toMember).sort((a, b) => a.name.localeCompare(b.name));
}

const accountExists = () =>
  conflict(
    "account_exists",
    "This e-mail already has an account: invite them instead, so they accept with their own sign-in",
    { email: "This e-mail already has an account: invite them instead" },
  );

/**
 * Creates a brand-new account with the given password as a member. An existing account is never
 * attached: that is what invitations are for, so nobody joins a workspace without consent and
 * nobody gains one by registering an e-mail first.
 */
export async function add(actor: Actor, input: AddMemberBody): Promise<Member> {
  requireRole(actor, MANAGERS, "add members");
  if (input.role === "owner") requireRole(actor, ["owner"], "make someone an owner");
  const tenant = await getTenant(actor.tenantId);
  if (!tenant) throw notFound("tenant_not_found", "This workspace no longer exists");

  if (await findUserByEmail(input.email)) throw accountExists();
  const createdAt = nowIso();
  const user = await newAccount(input, createdAt);
  try {
    await transactWrite([
      ...newUserPuts(user),
      ...membershipPuts(tenant, user, input.role, createdAt),
      ...(input.role === "owner" ? [ownerCountChange(tenant.id, 1)] : []),
    ]);
  } catch (error) {
    // The e-mail claim (item 0) failing means an account was created meanwhile.
    if (failedTransactionItems(error)?.includes(0)) throw accountExists();
    throw error;
  }
  return toMember({ userId: user.id, email: user.email, name: user.name, role: input.role });
}

async function targetMember(actor: Actor, userId: string): Promise<MemberItem> {
  const member = await getMember(actor.tenantId, userId);
  if (!member) throw notFound("member_not_found", "This person is not a member of this workspace");
  if (member.role === "owner" && actor.role !== "owner") {
    throw forbidden("role_forbidden", "Only owners can change or remove an owner");
  }
  return member;
}

export async function changeRole(actor: Actor, userId: string, role: Role): Promise<Member> {
  requireRole(actor, MANAGERS, "change roles");
  if (role === "owner") requireRole(actor, ["owner"], "make someone an owner");
  const member = await targetMember(actor, userId);
  if (member.role === role) return toMember(member);

  const ownerDelta = role === "owner" ? 1 : member.role === "owner" ? -1 : 0;
  await transactEndingLiveAccess(actor.tenantId, userId, [
    ...roleUpdates({ ...member, slug: actor.slug }, role),
    ...(ownerDelta !== 0 ? [ownerCountChange(actor.tenantId, ownerDelta)] : []),
  ]);
  return toMember({ ...member, role });
}

export async function remove(actor: Actor, userId: string): Promise<void> {
  requireRole(actor, MANAGERS, "remove members");
  const member = await targetMember(actor, userId);
  await transactEndingLiveAccess(actor.tenantId, userId, [
    ...membershipDeletes({ ...member, slug: actor.slug }),
    ...(member.role === "owner" ? [ownerCountChange(actor.tenantId, -1)] : []),
  ]);
}

/**
 * A removal or a role change also forgets the member's connections in the workspace in the same
 * transaction, so no fan-out after it finds them; then their sockets close (a client reconnects
 * with a new ticket and gets what its new role allows, or nothing).
 */
async function transactEndingLiveAccess(
  tenantId: string,
  userId: string,
  items: NonNullable<TransactWriteCommandInput["TransactItems"]>,
) {
  const connections = (await userConnections(userId, tenantId)).slice(0, MAX_CONNECTIONS_IN_WRITE);
  await transact(items, forgetConnectionsWrites(connections));
  await Promise.all(connections.map(({ connectionId }) => closeSocket(connectionId)));
  // Any beyond the transaction's room, or opened meanwhile.
  await disconnectUser(userId, { tenantId });
}

/** Connections forgotten inside the change's transaction (2 deletes each and one update, 100 items at most). */
const MAX_CONNECTIONS_IN_WRITE = 30;

/** Runs a role change; the owner-count condition (third, when there) failing means the last owner. */
async function transact(
  items: NonNullable<TransactWriteCommandInput["TransactItems"]>,
  connectionDeletes: NonNullable<TransactWriteCommandInput["TransactItems"]>,
) {
  try {
    await transactWrite([...items, ...connectionDeletes]);
  } catch (error) {
    const failed = failedTransactionItems(error);
    if (failed && items.length === 3 && failed.includes(2)) throw keepAnOwner();
    if (!failed && !isTransactionConflict(error)) throw error;
    throw conflict(
      "member_changed",
      "This member was changed by someone else: reload and try again",
    );
  }
}
