import type { Contact } from "@helios/contracts";
import { Link } from "react-router";
import { useCurrentTenant } from "../../../app/tenant-context";
import { RelativeTime } from "../../../components/RelativeTime";
import { useContactConversations } from "../../../contacts/use-contacts";
import { ConversationStatusBadge } from "../../../conversations/ConversationStatusBadge";
import { chatPath } from "../../../conversations/paths";
import { useNumberName } from "../../whatsapp/use-number-names";

/** How many of the customer's other conversations the panel reads and links. */
const shown = 5;

/** The customer's other conversations (any of the workspace's numbers), newest first, as links. */
export function PastConversations({ contact, currentId }: { contact: Contact; currentId: string }) {
  const { tenant } = useCurrentTenant();
  const numberName = useNumberName();
  const others = contact.conversationIds.filter((id) => id !== currentId);
  const queries = useContactConversations({ ...contact, conversationIds: others }, shown);
  if (others.length === 0) {
    return <p className="text-sm text-gray-500">No other conversations with this customer.</p>;
  }
  return (
    <ul className="space-y-1.5" data-testid="past-conversations">
      {others.slice(0, shown).map((id, index) => {
        const conversation = queries[index]?.data;
        return (
          <li key={id}>
            <Link
              to={chatPath(tenant.slug, id)}
              className="block rounded-md px-2 py-1.5 text-sm ring-1 ring-gray-200 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-emerald-600"
            >
              {conversation ? (
                <>
                  <span className="flex items-center justify-between gap-2">
                    <span className="truncate font-medium text-gray-800">
                      {numberName(conversation.numberId) ?? "WhatsApp"}
                    </span>
                    <ConversationStatusBadge status={conversation.status} />
                  </span>
                  <span className="block truncate text-xs text-gray-600">
                    {conversation.lastMessage?.text || "No messages"}
                  </span>
                  <span className="block text-xs text-gray-500">
                    <RelativeTime date={conversation.lastMessage?.at ?? conversation.updatedAt} />
                  </span>
                </>
              ) : (
                <span className="text-gray-600">
                  {queries[index]?.isError ? "A conversation (could not load it)" : "Loading…"}
                </span>
              )}
            </Link>
          </li>
        );
      })}
      {others.length > shown && (
        <li className="text-xs text-gray-500">and {others.length - shown} more</li>
      )}
    </ul>
  );
}
