import type { Member, Role } from "@helios/contracts";
import { Trash2 } from "lucide-react";
import { useCurrentTenant } from "../../app/tenant-context";
import { MemberRoleCell } from "./MemberRoleCell";

interface MembersTableProps {
  members: readonly Member[];
  pendingRole: { userId: string; role: Role } | undefined;
  onChangeRole: (member: Member, role: Role) => void;
  onRemove: (member: Member) => void;
}

export function MembersTable({ members, pendingRole, onChangeRole, onRemove }: MembersTableProps) {
  const { user, canManage } = useCurrentTenant();
  return (
    <div className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="members-table">
        <thead className="bg-gray-50 text-left text-xs font-medium tracking-wide text-gray-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3">
              Name
            </th>
            <th scope="col" className="px-4 py-3">
              Email
            </th>
            <th scope="col" className="px-4 py-3">
              Role
            </th>
            {canManage && (
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {members.map((member) => (
            <tr key={member.userId} data-testid="member-row" data-user-id={member.userId}>
              <td className="px-4 py-3 font-medium whitespace-nowrap text-gray-900">
                {member.name}
                {member.userId === user.id && (
                  <span className="ml-2 text-xs font-normal text-gray-500">(you)</span>
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-gray-600">{member.email}</td>
              <td className="px-4 py-3 whitespace-nowrap">
                <MemberRoleCell
                  member={member}
                  pendingRole={pendingRole?.userId === member.userId ? pendingRole.role : undefined}
                  onChange={(role) => onChangeRole(member, role)}
                />
              </td>
              {canManage && (
                <td className="px-4 py-3 text-right whitespace-nowrap">
                  <button
                    type="button"
                    onClick={() => onRemove(member)}
                    aria-label={`Remove ${member.name}`}
                    className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50"
                  >
                    <Trash2 className="size-4" aria-hidden />
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
