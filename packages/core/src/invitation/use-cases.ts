import type { CreateInvitationBody, Invitation, InvitationCreated } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { failedTransactionItems } from "../db/conditions";
import { transactWrite } from "../db/transact";
import { invitationEmail, linkTo } from "../email/messages";
import { sendEmailAfterWrite } from "../email/send";
import { conflict, notFound } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { getMember } from "../member/repository";
import { takeFromWindow } from "../ratelimit/fixed-window";
import { newLinkToken } from "../tokens/link-token";
import { findUserByEmail, getUser } from "../user/repository";
import {
  expiresAtIso,
  type InvitationItem,
  invitationTtlSeconds,
  isPending,
  toInvitation,
} from "./invitation";
import { getInvitation, invitationDeletes, invitationPuts, listInvitations } from "./repository";

const INVITATIONS_PER_HOUR = { scope: "invite-tenant", limit: 50, windowSeconds: 60 * 60 };

/**
 * Invites a person by e-mail: the link is answered once (only its hash is stored) and e-mailed.
 * Only an owner invites an owner.
 */
export async function create(
  actor: Actor,
  input: CreateInvitationBody,
): Promise<InvitationCreated> {
  requireRole(actor, MANAGERS, "invite members");
  if (input.role === "owner") requireRole(actor, ["owner"], "invite an owner");
  // Each invitation sends an e-mail to an address the inviter chose: a workspace cannot mail-bomb.
  await takeFromWindow(INVITATIONS_PER_HOUR, actor.tenantId);
  const [existing, inviter] = await Promise.all([
    findUserByEmail(input.email),
    getUser(actor.userId),
  ]);
  if (existing && (await getMember(actor.tenantId, existing.id))) {
    throw conflict("already_member", `${input.email} is already a member of this workspace`, {
      email: "Already a member of this workspace",
    });
  }
  const { token, hash } = newLinkToken();
  const item: InvitationItem = {
    id: newId(),
    tenantId: actor.tenantId,
    tenantName: actor.tenantName,
    slug: actor.slug,
    email: input.email,
    role: input.role,
    invitedBy: { userId: actor.userId, name: inviter?.name ?? "A member" },
    tokenHash: hash,
    createdAt: nowIso(),
    expiresAt: Math.floor(Date.now() / 1000) + invitationTtlSeconds(),
  };
  await transactWrite(invitationPuts(item));
  const url = linkTo.invitation(token);
  await sendEmailAfterWrite(
    () =>
      invitationEmail(item.email, {
        inviterName: item.invitedBy.name,
        tenantName: item.tenantName,
        role: item.role,
        url,
        expiresAt: expiresAtIso(item),
      }),
    "invitation",
  );
  return { id: item.id, email: item.email, role: item.role, expiresAt: expiresAtIso(item), url };
}

/** Pending invitations, newest first; expired ones are left out (TTL deletes them later). */
export async function list(actor: Actor): Promise<Invitation[]> {
  requireRole(actor, MANAGERS, "see invitations");
  const items = await listInvitations(actor.tenantId);
  return items
    .filter((item) => isPending(item))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(toInvitation);
}

export async function revoke(actor: Actor, invitationId: string): Promise<void> {
  requireRole(actor, MANAGERS, "revoke invitations");
  const gone = () =>
    notFound("invitation_not_found", "This invitation was already accepted, revoked or expired");
  const item = await getInvitation(actor.tenantId, invitationId);
  if (!item) throw gone();
  if (item.role === "owner") requireRole(actor, ["owner"], "revoke an owner's invitation");
  try {
    await transactWrite(invitationDeletes(item));
  } catch (error) {
    if (failedTransactionItems(error)) throw gone();
    throw error;
  }
}
