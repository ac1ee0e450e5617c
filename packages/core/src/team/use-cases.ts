import type { Teammate } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { notFound } from "../errors/app-error";
import type { MemberItem } from "../member/membership";
import { listMembers, setAvailability } from "../member/repository";

const toTeammate = ({ userId, name, role, available }: MemberItem): Teammate => ({
  userId,
  name,
  role,
  available,
});

/** The workspace's members as every member sees them (to assign, to mention): no e-mails. */
export async function list(actor: Actor): Promise<Teammate[]> {
  const members = await listMembers(actor.tenantId);
  return members.map(toTeammate).sort((a, b) => a.name.localeCompare(b.name));
}

/** The caller marks themself available (or not) for round-robin assignment. */
export async function setMyAvailability(actor: Actor, available: boolean): Promise<Teammate> {
  const member = await setAvailability(actor.tenantId, actor.userId, available);
  if (!member) throw notFound("member_not_found", "You are no longer a member of this workspace");
  return toTeammate(member);
}
