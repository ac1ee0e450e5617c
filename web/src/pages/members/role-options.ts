import type { Role } from "@helios/contracts";
import { roleLabels } from "../../components/RoleBadge";
import type { SelectOption } from "../../components/SelectField";

/** The roles the signed-in user may grant: only an owner grants "owner". */
export function grantableRoles(myRole: Role): Role[] {
  return myRole === "owner" ? ["owner", "admin", "agent"] : ["admin", "agent"];
}

export function roleOptions(myRole: Role): SelectOption[] {
  return grantableRoles(myRole).map((role) => ({ value: role, label: roleLabels[role] }));
}

export function isRole(value: string): value is Role {
  return value === "owner" || value === "admin" || value === "agent";
}
