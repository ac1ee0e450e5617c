import type { Contact } from "@helios/contracts";
import { Link } from "react-router";
import { useCurrentTenant } from "../../app/tenant-context";
import { RelativeTime } from "../../components/RelativeTime";
import { useContactConversations } from "../../contacts/use-contacts";
import { ConversationStatusBadge } from "../../conversations/ConversationStatusBadge";
import { chatPath } from "../../conversations/paths";

/** Links to a contact's conversations, newest first, with their status and last message. */
export function ContactConversations({ contact }: { contact: Contact }) {
  const { tenant } = useCurrentTenant();
  const conversations = useContactConversations(contact);
  if (contact.conversationIds.length === 0) {
    return <p className="text-sm text-gray-500">No conversations yet.</p>;
  }
  return (
    <ul
      className="divide-y divide-gray-100 rounded-md border border-gray-200"
      data-testid="contact-conversations"
    >
      {contact.conversationIds.slice(0, conversations.length).map((id, index) => {
        const conversation = conversations[index]?.data;
        return (
          <li key={id}>
            <Link
              to={chatPath(tenant.slug, id)}
              className="flex items-center gap-3 px-3 py-2 text-sm hover:bg-gray-50"
            >
              <span className="min-w-0 flex-1 truncate text-gray-700">
                {conversation?.lastMessage?.text || "Open conversation"}
              </span>
              {conversation && (
                <>
                  <ConversationStatusBadge status={conversation.status} />
                  <span className="shrink-0 text-xs text-gray-500">
                    <RelativeTime date={conversation.updatedAt} />
                  </span>
                </>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
