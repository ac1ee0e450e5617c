import { Link } from "react-router";
import { useCurrentTenant } from "../../app/tenant-context";
import { chatPath } from "../../conversations/paths";

interface ViewChatLinkProps {
  conversationId: string;
  /** Who the chat is with, for screen readers ("View Chat with Ana"). */
  customer: string;
}

/**
 * "View Chat". Its click area covers the whole row or card (the nearest `relative` ancestor),
 * so the row is clickable without being a second tab stop.
 */
export function ViewChatLink({ conversationId, customer }: ViewChatLinkProps) {
  const { tenant } = useCurrentTenant();
  return (
    <Link
      to={chatPath(tenant.slug, conversationId)}
      aria-description={`with ${customer}`}
      className="rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-emerald-700 ring-1 ring-emerald-600/30 ring-inset after:absolute after:inset-0 hover:bg-emerald-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600"
    >
      View Chat
    </Link>
  );
}
