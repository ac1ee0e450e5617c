import type { TenantMembership } from "@helios/contracts";
import clsx from "clsx";
import { X } from "lucide-react";
import { NavLink, useMatch } from "react-router";
import { Logo } from "../components/Logo";
import { UnreadNotificationsBadge } from "../notifications/UnreadNotificationsBadge";
import { navItems, tenantPath } from "./nav-items";
import { SidebarUser } from "./SidebarUser";
import { TenantSwitcher } from "./TenantSwitcher";
import { useCurrentTenant } from "./tenant-context";

interface SidebarProps {
  tenants: readonly TenantMembership[];
  /** Closes the drawer on small screens. */
  onClose: () => void;
}

export function Sidebar({ tenants, onClose }: SidebarProps) {
  const { tenant } = useCurrentTenant();
  // Notifications live under /whatsapp but are their own entry: only one of the two is lit.
  const onNotifications = useMatch("/app/:tenant/whatsapp/notifications") !== null;
  const lit = (segment: string, isActive: boolean) =>
    isActive && !(segment === "whatsapp" && onNotifications);
  return (
    <div className="flex h-full flex-col">
      <div className="flex items-center justify-between px-4 pt-5 pb-4">
        <Logo />
        <button
          type="button"
          onClick={onClose}
          aria-label="Close menu"
          className="rounded-md p-1.5 text-gray-500 hover:bg-gray-100 lg:hidden"
        >
          <X className="size-5" aria-hidden />
        </button>
      </div>
      <div className="px-3">
        <TenantSwitcher tenants={tenants} />
      </div>
      <nav aria-label="Main" className="mt-6 flex-1 overflow-y-auto px-3">
        <ul className="space-y-1">
          {navItems.map(({ segment, label, icon: Icon, badge }) => (
            <li key={segment}>
              <NavLink
                to={tenantPath(tenant.slug, segment)}
                onClick={onClose}
                aria-current={lit(segment, true) ? undefined : false}
                className={({ isActive }) =>
                  clsx(
                    "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors",
                    lit(segment, isActive)
                      ? "bg-emerald-50 text-emerald-800"
                      : "text-gray-700 hover:bg-gray-100 hover:text-gray-900",
                  )
                }
              >
                {({ isActive }) => (
                  <>
                    <Icon
                      className={clsx(
                        "size-5",
                        lit(segment, isActive) ? "text-emerald-600" : "text-gray-400",
                      )}
                      aria-hidden
                    />
                    <span className="flex-1">{label}</span>
                    {badge === "unreadNotifications" && <UnreadNotificationsBadge />}
                  </>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <SidebarUser onNavigate={onClose} />
    </div>
  );
}
