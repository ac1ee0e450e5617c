import type {
  AcceptInvitationBody,
  AcceptInvitationResponse,
  InvitationPreview,
} from "@helios/contracts";
import { afterSessionsEnded } from "../auth/credentials";
import { hashPassword } from "../auth/password";
import { issueToken, type Session } from "../auth/token";
import { failedTransactionItems } from "../db/conditions";
import { type TransactItem, transactWrite } from "../db/transact";
import { conflict, forbidden, notFound, unauthorized } from "../errors/app-error";
import { nowIso } from "../ids";
import { getMember, membershipPuts, ownerCountChange } from "../member/repository";
import { getTenant } from "../tenant/repository";
import {
  emailVerifiedUpdate,
  findUserByEmail,
  getUser,
  newCredentialsUpdate,
  newUserPuts,
} from "../user/repository";
import { newUserItem, publicUser, type UserItem } from "../user/user";
import { expiresAtIso, type InvitationItem, isPending } from "./invitation";
import { findInvitationByToken, invitationDeletes } from "./repository";

const unusable = () =>
  notFound(
    "invitation_not_found",
    "This invitation was already used, revoked or has expired: ask the person who invited you for a new one",
  );

async function pendingInvitation(token: string): Promise<InvitationItem> {
  const item = await findInvitationByToken(token);
  if (!item || !isPending(item)) throw unusable();
  return item;
}

/** What the link offers, for the invitee's page (no session needed). */
export async function preview(token: string): Promise<InvitationPreview> {
  const item = await pendingInvitation(token);
  const holder = await findUserByEmail(item.email);
  return {
    tenantName: item.tenantName,
    email: item.email,
    role: item.role,
    inviterName: item.invitedBy.name,
    expiresAt: expiresAtIso(item),
    accountExists: holder?.emailVerified === true,
  };
}

/**
 * Accepts an invitation, once. Signed in: only as the invited e-mail's account. Without a session,
 * with a name and password: creates the account, or takes over an unverified one (the link proves
 * the mailbox; every session of the earlier holder ends). A verified account must sign in.
 */
export async function accept(
  token: string,
  body: AcceptInvitationBody,
  session: Session | undefined,
): Promise<AcceptInvitationResponse> {
  const invite = await pendingInvitation(token);
  const tenant = await getTenant(invite.tenantId);
  if (!tenant) throw unusable();

  let user: UserItem;
  let userWrites: TransactItem[];
  let takenOver = false;
  if (session) {
    const current = await getUser(session.userId);
    if (!current) throw unauthorized("Your account no longer exists: sign up again");
    if (current.email !== invite.email) {
      throw forbidden(
        "invitation_for_another_email",
        `This invitation is for ${invite.email}: sign out, then open the link again`,
      );
    }
    user = { ...current, emailVerified: true };
    userWrites = current.emailVerified ? [] : [emailVerifiedUpdate(current.id, current.email)];
  } else {
    if (body.name === undefined || body.password === undefined) {
      throw unauthorized(`Sign in as ${invite.email}, or enter a name and a password to join`);
    }
    const passwordHash = await hashPassword(body.password);
    const holder = await findUserByEmail(invite.email);
    if (holder?.emailVerified) {
      throw conflict(
        "sign_in_required",
        `${invite.email} already has an account: sign in with it, then open the link again`,
      );
    }
    if (holder) {
      takenOver = true;
      user = { ...holder, name: body.name, passwordHash, emailVerified: true };
      user.tokenVersion = holder.tokenVersion + 1;
      userWrites = [newCredentialsUpdate(holder, { passwordHash, name: body.name, proved: true })];
    } else {
      user = {
        ...newUserItem({ email: invite.email, name: body.name, passwordHash, createdAt: nowIso() }),
        emailVerified: true,
        lastTenant: invite.slug,
      };
      userWrites = newUserPuts(user);
    }
  }
  if (await getMember(invite.tenantId, user.id)) {
    throw conflict("already_member", `${invite.email} is already a member of ${tenant.name}`);
  }

  try {
    await transactWrite([
      ...invitationDeletes(invite),
      ...userWrites,
      ...membershipPuts(tenant, user, invite.role, nowIso()),
      ...(invite.role === "owner" ? [ownerCountChange(tenant.id, 1)] : []),
    ]);
  } catch (error) {
    const failed = failedTransactionItems(error);
    if (failed?.some((index) => index < 2)) throw unusable();
    if (failed) throw conflict("invitation_conflict", "Something changed meanwhile: try again");
    throw error;
  }
  if (takenOver) await afterSessionsEnded(user.id);
  return {
    token: await issueToken(user.id, user.tokenVersion),
    user: publicUser(user),
    tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
  };
}
