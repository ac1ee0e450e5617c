import { Role } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

/** The user-side copy of a membership: resolves a caller in a tenant with one GetItem. */
export const MembershipItem = z.object({
  userId: z.string(),
  tenantId: z.string(),
  slug: z.string(),
  tenantName: z.string(),
  role: Role,
});
export type MembershipItem = z.infer<typeof MembershipItem>;

/** The tenant-side copy: lists a tenant's members with one Query. */
export const MemberItem = z.object({
  tenantId: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  createdAt: z.string(),
  /** Their own switch for round-robin assignment (members from before it read as available). */
  available: z._default(z.boolean(), true),
});
export type MemberItem = z.infer<typeof MemberItem>;
