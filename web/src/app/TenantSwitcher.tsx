import type { TenantMembership } from "@helios/contracts";
import { Building2, ChevronsUpDown } from "lucide-react";
import { useId } from "react";
import { useLocation, useNavigate } from "react-router";
import { RoleBadge } from "../components/RoleBadge";
import { navItems, tenantPath } from "./nav-items";
import { useCurrentTenant } from "./tenant-context";

/** The current workspace; a dropdown to switch when the user has more than one. */
export function TenantSwitcher({ tenants }: { tenants: readonly TenantMembership[] }) {
  const { tenant } = useCurrentTenant();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const id = useId();

  if (tenants.length <= 1) {
    return (
      <div className="flex items-center gap-2 rounded-lg border border-gray-200 px-3 py-2">
        <Building2 className="size-4 shrink-0 text-gray-400" aria-hidden />
        <span
          data-testid="tenant-name"
          className="min-w-0 flex-1 truncate text-sm font-medium text-gray-900"
        >
          {tenant.name}
        </span>
        <RoleBadge role={tenant.role} />
      </div>
    );
  }

  // Stay on the same section when switching (members → members), else open WhatsApp.
  const segment = pathname.split("/")[3];
  const section = navItems.find((item) => item.segment === segment)?.segment ?? "whatsapp";

  return (
    <div>
      <label htmlFor={id} className="sr-only">
        Workspace
      </label>
      <div className="relative">
        <Building2
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-gray-400"
          aria-hidden
        />
        <select
          id={id}
          data-testid="tenant-switcher"
          value={tenant.slug}
          onChange={(event) => navigate(tenantPath(event.target.value, section))}
          className="block w-full appearance-none truncate rounded-lg border border-gray-200 bg-white py-2 pr-8 pl-9 text-sm font-medium text-gray-900 hover:bg-gray-50 focus:border-emerald-600 focus:ring-1 focus:ring-emerald-600 focus:outline-none"
        >
          {tenants.map((item) => (
            <option key={item.slug} value={item.slug}>
              {item.name}
            </option>
          ))}
        </select>
        <ChevronsUpDown
          className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-gray-400"
          aria-hidden
        />
      </div>
    </div>
  );
}
