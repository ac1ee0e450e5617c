import type { Contact } from "@helios/contracts";
import { ChevronRight } from "lucide-react";
import { contactHandles, contactName } from "../../contacts/contact-name";

/** One contact in the list: a button that opens them. */
export function ContactRow({ contact, onOpen }: { contact: Contact; onOpen: () => void }) {
  const count = contact.conversationIds.length;
  return (
    <li data-testid="contact-row" data-contact-id={contact.id}>
      <button
        type="button"
        onClick={onOpen}
        className="flex w-full items-center gap-3 px-4 py-3 text-left hover:bg-gray-50"
      >
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium text-gray-900">{contactName(contact)}</span>
          <span className="block truncate text-sm text-gray-600">{contactHandles(contact)}</span>
        </span>
        <span className="shrink-0 text-xs text-gray-500">
          {count === 1 ? "1 conversation" : `${count} conversations`}
        </span>
        <ChevronRight className="size-4 shrink-0 text-gray-400" aria-hidden />
      </button>
    </li>
  );
}
