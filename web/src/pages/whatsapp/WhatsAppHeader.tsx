import clsx from "clsx";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { config } from "../../config";
import { useUnreadNotifications } from "../../notifications/use-unread-notifications";

const sections = [
  { id: "inbox", segment: "whatsapp", label: "Inbox" },
  { id: "numbers", segment: "whatsapp/numbers", label: "Numbers" },
] as const;

interface WhatsAppHeaderProps {
  current: (typeof sections)[number]["id"];
  actions?: ReactNode;
  /** Whether it names the browser tab (an open chat names it after the customer instead). */
  documentTitle?: boolean;
}

/** The WhatsApp page's heading, its two sections (Inbox, Numbers) and the section's actions. */
export function WhatsAppHeader({ current, actions, documentTitle = true }: WhatsAppHeaderProps) {
  const { tenant } = useCurrentTenant();
  const unread = useUnreadNotifications().data ?? 0;
  return (
    <header className="mb-4 flex flex-wrap items-center gap-x-5 gap-y-3">
      {documentTitle && (
        <title>{`${unread > 0 ? `(${unread}) ` : ""}WhatsApp · ${config.productName}`}</title>
      )}
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">WhatsApp</h1>
      <nav aria-label="WhatsApp sections" className="flex gap-1 rounded-lg bg-gray-100 p-0.5">
        {sections.map((section) => (
          <Link
            key={section.id}
            to={tenantPath(tenant.slug, section.segment)}
            aria-current={section.id === current ? "page" : undefined}
            className={clsx(
              "rounded-md px-3 py-1.5 text-sm font-medium",
              "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600",
              section.id === current
                ? "bg-white text-gray-900 shadow-sm"
                : "text-gray-600 hover:text-gray-900",
            )}
          >
            {section.label}
          </Link>
        ))}
      </nav>
      {actions && (
        <div className="flex flex-1 flex-wrap items-center justify-end gap-2">{actions}</div>
      )}
    </header>
  );
}
