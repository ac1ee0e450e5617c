import { type Invitation as InvitationView, Role } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { env } from "../config";

/** Stored twice with the same content: under the tenant (listing) and under the token's hash. */
export const InvitationItem = z.object({
  id: z.string(),
  tenantId: z.string(),
  tenantName: z.string(),
  slug: z.string(),
  email: z.string(),
  role: Role,
  invitedBy: z.object({ userId: z.string(), name: z.string() }),
  tokenHash: z.string(),
  createdAt: z.string(),
  /** Epoch seconds (also the TTL attribute). */
  expiresAt: z.number(),
});
export type InvitationItem = z.infer<typeof InvitationItem>;

/** An invitation is valid for 7 days (INVITATION_TTL_SECONDS). */
export const invitationTtlSeconds = () => Number(env("INVITATION_TTL_SECONDS") ?? 7 * 24 * 60 * 60);

export const isPending = (item: InvitationItem, now = Date.now()) =>
  item.expiresAt > Math.floor(now / 1000);

export const expiresAtIso = (item: InvitationItem) => new Date(item.expiresAt * 1000).toISOString();

export const toInvitation = (item: InvitationItem): InvitationView => ({
  id: item.id,
  email: item.email,
  role: item.role,
  expiresAt: expiresAtIso(item),
  invitedBy: item.invitedBy,
  createdAt: item.createdAt,
});
