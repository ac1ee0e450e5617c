import type { Member, Role } from "@helios/contracts";
import { useCurrentTenant } from "../../app/tenant-context";
import { fieldClass } from "../../components/Field";
import { RoleBadge } from "../../components/RoleBadge";
import { Spinner } from "../../components/Spinner";
import { grantableRoles, isRole, roleOptions } from "./role-options";

interface MemberRoleCellProps {
  member: Member;
  /** The role being saved for this member, while the request runs. */
  pendingRole: Role | undefined;
  onChange: (role: Role) => void;
}

/** The role badge, or for owners/admins an inline select that saves on change. */
export function MemberRoleCell({ member, pendingRole, onChange }: MemberRoleCellProps) {
  const { tenant, canManage } = useCurrentTenant();
  // An admin cannot grant "owner", so an owner's role is not theirs to change.
  const editable = canManage && grantableRoles(tenant.role).includes(member.role);
  if (!editable) return <RoleBadge role={member.role} />;

  return (
    <div className="flex items-center gap-2">
      <select
        aria-label={`Role of ${member.name}`}
        data-testid="member-role-select"
        value={pendingRole ?? member.role}
        disabled={pendingRole !== undefined}
        onChange={(event) => {
          const role = event.target.value;
          if (isRole(role) && role !== member.role) onChange(role);
        }}
        className={`${fieldClass} w-32 py-1.5 pr-8 ring-gray-300 focus:ring-emerald-600`}
      >
        {roleOptions(tenant.role).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {pendingRole !== undefined && <Spinner className="size-4 text-gray-400" label="Saving" />}
    </div>
  );
}
