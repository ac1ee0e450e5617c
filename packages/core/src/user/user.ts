import type { User } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { newId } from "../ids";

export const UserItem = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  passwordHash: z.string(),
  createdAt: z.string(),
  /** Accounts from before verification existed read as unverified. */
  emailVerified: z._default(z.boolean(), false),
  /** Incremented to end every session at once: a token carries the version it was issued under. */
  tokenVersion: z._default(z.int(), 0),
  /** The slug of the workspace used last. */
  lastTenant: z.optional(z.string()),
});
export type UserItem = z.infer<typeof UserItem>;

/** A new account: its address not proved yet, no session ended yet. */
export const newUserItem = (
  fields: Pick<UserItem, "email" | "name" | "passwordHash" | "createdAt">,
): UserItem => ({ id: newId(), ...fields, emailVerified: false, tokenVersion: 0 });

export const publicUser = (user: UserItem): User => ({
  id: user.id,
  email: user.email,
  name: user.name,
  emailVerified: user.emailVerified,
});
