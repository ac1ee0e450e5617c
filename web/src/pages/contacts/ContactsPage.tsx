import { BookUser, Search } from "lucide-react";
import { useSearchParams } from "react-router";
import { EmptyState } from "../../components/EmptyState";
import { QueryError } from "../../components/ErrorState";
import { fieldClass } from "../../components/Field";
import { LoadMore } from "../../components/LoadMore";
import { PageHeader } from "../../components/PageHeader";
import { MembersTableSkeleton } from "../../components/skeletons";
import { useContacts } from "../../contacts/use-contacts";
import { useDebouncedValue } from "../../contacts/use-debounced-value";
import { ContactDialog } from "./ContactDialog";
import { ContactRow } from "./ContactRow";

/**
 * `/app/:tenant/contacts`: the workspace's customers across its numbers, searchable; `?q=` keeps
 * the search and `?contact=` the open contact, so both survive a reload and can be shared.
 */
export function ContactsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const open = params.get("contact");
  const search = useDebouncedValue(q.trim());
  const contacts = useContacts(search);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === "q" },
    );

  return (
    <>
      <PageHeader
        title="Contacts"
        description="Everyone who wrote to your numbers, with what you know about them."
      />
      <div className="relative mb-4 max-w-md">
        <Search
          className="pointer-events-none absolute top-2.5 left-3 size-4 text-gray-400"
          aria-hidden
        />
        <input
          type="search"
          aria-label="Search contacts"
          placeholder="Search by name, phone or username"
          value={q}
          onChange={(event) => setParam("q", event.target.value)}
          className={`${fieldClass} pl-9 ring-gray-300 focus:ring-emerald-600`}
          data-testid="contact-search"
        />
      </div>
      {contacts.isPending ? (
        <MembersTableSkeleton />
      ) : contacts.isLoadingError || !contacts.data ? (
        <QueryError title="Could not load the contacts" query={contacts} />
      ) : contacts.data.length === 0 ? (
        <EmptyState icon={BookUser} title={search ? "No contacts match" : "No contacts yet"}>
          {search
            ? `Nobody's name, phone or username matches “${search}”.`
            : "A customer becomes a contact the first time they write to one of your numbers."}
        </EmptyState>
      ) : (
        <>
          <ul
            aria-busy={contacts.isFetching && contacts.isPlaceholderData}
            className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white shadow-sm"
            data-testid="contact-list"
          >
            {contacts.data.map((contact) => (
              <ContactRow
                key={contact.id}
                contact={contact}
                onOpen={() => setParam("contact", contact.id)}
              />
            ))}
          </ul>
          <LoadMore noun="contacts" query={contacts} />
        </>
      )}
      {open && <ContactDialog contactId={open} onClose={() => setParam("contact", null)} />}
    </>
  );
}
