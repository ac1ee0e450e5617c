import { MessageSquareOff } from "lucide-react";
import { Link } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { EmptyState } from "../../components/EmptyState";

/** The chat's conversation was deleted (maybe by someone else, while open) or never existed. */
export function ConversationGone({ deleted }: { deleted: boolean }) {
  const { tenant } = useCurrentTenant();
  return (
    <div data-testid="conversation-gone" className="py-10">
      <EmptyState
        icon={MessageSquareOff}
        title={deleted ? "This conversation was deleted" : "Conversation not found"}
        action={
          <Link
            to={tenantPath(tenant.slug, "whatsapp")}
            className="rounded-md bg-emerald-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-emerald-700"
          >
            Back to conversations
          </Link>
        }
      >
        {deleted
          ? "Its messages are gone for everyone in this workspace."
          : "It may have been deleted, or the link is wrong."}
      </EmptyState>
    </div>
  );
}
