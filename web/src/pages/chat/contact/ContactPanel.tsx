import type { Conversation } from "@helios/contracts";
import { Contact as ContactIcon } from "lucide-react";
import { useId } from "react";
import { isApiError } from "../../../api/api-error";
import { QueryError } from "../../../components/ErrorState";
import { SkeletonBars } from "../../../components/Skeleton";
import { useContact } from "../../../contacts/use-contacts";
import { customerHandle } from "../../../conversations/format-address";
import { ContactAttributes } from "./ContactAttributes";
import { ContactName } from "./ContactName";
import { PastConversations } from "./PastConversations";

const heading = "text-xs font-medium tracking-wide text-gray-500 uppercase";

/**
 * The customer as a contact of the workspace: their name (editable), phone or username, custom
 * attributes and their other conversations. A conversation whose contact is not indexed yet says
 * so (it is, shortly after the customer's first message).
 */
export function ContactPanel({ conversation }: { conversation: Conversation }) {
  const headingId = useId();
  const contact = useContact(conversation.contactId);
  const missing =
    !conversation.contactId || (isApiError(contact.error) && contact.error.status === 404);
  return (
    <section aria-labelledby={headingId} data-testid="contact-panel" className="space-y-4">
      <h2 id={headingId} className="flex items-center gap-2 font-semibold text-gray-900">
        <ContactIcon className="size-4 text-emerald-700" aria-hidden />
        Contact
      </h2>
      {missing ? (
        <div data-testid="contact-not-indexed" className="space-y-1 text-sm">
          <p className="font-medium text-gray-900">{conversation.customer.name || "No name"}</p>
          <p className="text-gray-600">{customerHandle(conversation.customer)}</p>
          <p className="text-gray-500">
            Contact not indexed yet: its details and past conversations show here in a moment.
          </p>
        </div>
      ) : contact.isPending ? (
        <SkeletonBars bars={["h-5 w-2/3", "h-4 w-1/2", "h-4 w-full"]} />
      ) : contact.isError ? (
        <QueryError title="Could not load the contact" query={contact} />
      ) : (
        <>
          <div className="space-y-0.5">
            <ContactName contact={contact.data} />
            {contact.data.phone && (
              <p className="font-mono text-xs text-gray-600" data-testid="contact-phone">
                {contact.data.phone}
              </p>
            )}
            {contact.data.username && (
              <p className="text-sm text-gray-600" data-testid="contact-username">
                {contact.data.username}
              </p>
            )}
          </div>
          <div className="space-y-1.5">
            <h3 className={heading}>Attributes</h3>
            <ContactAttributes contact={contact.data} />
          </div>
          <div className="space-y-1.5">
            <h3 className={heading}>Conversations</h3>
            <PastConversations contact={contact.data} currentId={conversation.id} />
          </div>
        </>
      )}
    </section>
  );
}
