import clsx from "clsx";
import { NavLink } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";

const tabs = [
  { segment: "settings/labels", label: "Labels" },
  { segment: "settings/canned-responses", label: "Canned responses" },
] as const;

/** The inbox settings' two pages, as tabs under the page header. */
export function SettingsTabs() {
  const { tenant } = useCurrentTenant();
  return (
    <nav aria-label="Inbox settings" className="mb-6 border-b border-gray-200">
      <ul className="-mb-px flex gap-4">
        {tabs.map((tab) => (
          <li key={tab.segment}>
            <NavLink
              to={tenantPath(tenant.slug, tab.segment)}
              className={({ isActive }) =>
                clsx(
                  "inline-block border-b-2 px-1 pb-2 text-sm font-medium whitespace-nowrap",
                  isActive
                    ? "border-emerald-600 text-emerald-800"
                    : "border-transparent text-gray-600 hover:border-gray-300 hover:text-gray-900",
                )
              }
            >
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
