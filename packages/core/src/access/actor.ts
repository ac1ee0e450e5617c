import type { Role } from "@helios/contracts";
import { forbidden } from "../errors/app-error";
import { getMembership } from "../member/repository";

/** Who is calling, in which tenant, with which role: every tenant use case takes one. */
export interface Actor {
  userId: string;
  tenantId: string;
  slug: string;
  tenantName: string;
  role: Role;
}

const SLUG = /^[a-z0-9-]{2,64}$/;

/**
 * Resolves a signed-in user inside the tenant named by a URL slug. Not being a member and the
 * tenant not existing answer the same, so a slug's existence is not revealed to outsiders.
 */
export async function actorFor(userId: string, slug: string): Promise<Actor> {
  const notMember = forbidden("not_a_member", "You are not a member of this workspace");
  if (!SLUG.test(slug)) throw notMember;
  const membership = await getMembership(userId, slug);
  if (!membership) throw notMember;
  return {
    userId,
    tenantId: membership.tenantId,
    slug: membership.slug,
    tenantName: membership.tenantName,
    role: membership.role,
  };
}

export function requireRole(actor: Actor, allowed: readonly Role[], doing: string): void {
  if (!allowed.includes(actor.role)) {
    const who = allowed.map((role) => `${role}s`).join(" and ");
    throw forbidden("role_forbidden", `Only ${who} can ${doing}; ask one of them for help`);
  }
}

export const MANAGERS: readonly Role[] = ["owner", "admin"];
