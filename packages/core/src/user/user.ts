import type { User } from "@helios/contracts";
import { z } from "zod";

export const UserItem = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  passwordHash: z.string(),
  createdAt: z.string(),
});
export type UserItem = z.infer<typeof UserItem>;

export const publicUser = (user: UserItem): User => ({
  id: user.id,
  email: user.email,
  name: user.name,
});
