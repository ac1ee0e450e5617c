import type { Role } from "@helios/contracts";
import clsx from "clsx";

const styles: Record<Role, string> = {
  owner: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  admin: "bg-sky-50 text-sky-800 ring-sky-600/20",
  agent: "bg-gray-100 text-gray-700 ring-gray-500/20",
};

export const roleLabels: Record<Role, string> = { owner: "Owner", admin: "Admin", agent: "Agent" };

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span
      data-testid="role-badge"
      className={clsx(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        styles[role],
      )}
    >
      {roleLabels[role]}
    </span>
  );
}
