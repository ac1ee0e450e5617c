import { Email, Password, PersonName, Role } from "./auth";
import * as z from "./zod";

export const Member = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
});
export type Member = z.infer<typeof Member>;

export const MemberList = z.object({ items: z.array(Member) });
export type MemberList = z.infer<typeof MemberList>;

export const AddMemberBody = z.object({
  email: Email,
  name: PersonName,
  role: Role,
  password: Password,
});
export type AddMemberBody = z.infer<typeof AddMemberBody>;

export const ChangeRoleBody = z.object({ role: Role });
export type ChangeRoleBody = z.infer<typeof ChangeRoleBody>;
