import { Role } from "./auth";
import * as z from "./zod";

/**
 * A colleague as every member sees them (to assign to, to @mention): no e-mail. `available` is
 * their own switch; round-robin assignment skips members who are not available.
 */
export const Teammate = z.object({
  userId: z.string(),
  name: z.string(),
  role: Role,
  available: z.boolean(),
});
export type Teammate = z.infer<typeof Teammate>;

export const TeamList = z.object({ items: z.array(Teammate) });
export type TeamList = z.infer<typeof TeamList>;

export const UpdateAvailabilityBody = z.object({ available: z.boolean() });
export type UpdateAvailabilityBody = z.infer<typeof UpdateAvailabilityBody>;
