import { type Contact, UpdateContactBody } from "@helios/contracts";
import { type FormEvent, useState } from "react";
import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Dialog } from "../../components/Dialog";
import { QueryError } from "../../components/ErrorState";
import { DialogActions } from "../../components/FormBox";
import { Spinner } from "../../components/Spinner";
import { TextField } from "../../components/TextField";
import { attributesOf, rowsOf } from "../../contacts/attribute-rows";
import { contactHandles, contactName } from "../../contacts/contact-name";
import { useContact, useUpdateContact } from "../../contacts/use-contacts";
import { toast } from "../../toast/toast-store";
import { AttributesEditor } from "./AttributesEditor";
import { ContactConversations } from "./ContactConversations";

/** A contact's detail: edit the name and attributes, open their conversations. */
export function ContactDialog({ contactId, onClose }: { contactId: string; onClose: () => void }) {
  const contact = useContact(contactId);
  const title = contact.data ? contactName(contact.data) : "Contact";
  return (
    <Dialog
      title={title}
      description={contact.data ? contactHandles(contact.data) : undefined}
      onClose={onClose}
      size="lg"
      testId="contact-dialog"
    >
      {contact.isPending ? (
        <div className="flex justify-center py-8" role="status" aria-label="Loading the contact">
          <Spinner />
        </div>
      ) : contact.isLoadingError || !contact.data ? (
        <QueryError title="Could not load the contact" query={contact} />
      ) : (
        <ContactForm key={contact.data.id} contact={contact.data} onClose={onClose} />
      )}
    </Dialog>
  );
}

function ContactForm({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const update = useUpdateContact();
  const [name, setName] = useState(contact.name);
  const [rows, setRows] = useState(() => rowsOf(contact.attributes));
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = attributesOf(rows);
    if ("errors" in built) {
      setRowErrors(built.errors);
      return;
    }
    setRowErrors({});
    const parsed = UpdateContactBody.safeParse({ name, attributes: built.attributes });
    if (!parsed.success) {
      setFieldErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
        ),
      );
      return;
    }
    setFieldErrors({});
    update.mutate(
      { contactId: contact.id, body: parsed.data },
      {
        onSuccess: (saved) => {
          toast.success(`${contactName(saved)} saved`);
          onClose();
        },
      },
    );
  };

  return (
    <form noValidate aria-label="Edit contact" className="space-y-4" onSubmit={onSubmit}>
      <TextField
        label="Name"
        autoComplete="off"
        value={name}
        maxLength={100}
        error={fieldErrors.name}
        hint="Kept over the name in their WhatsApp profile."
        onChange={(event) => setName(event.target.value)}
      />
      <AttributesEditor rows={rows} onChange={setRows} errors={rowErrors} />
      {fieldErrors.attributes && <Alert>{fieldErrors.attributes}</Alert>}
      <section>
        <h3 className="text-sm font-medium text-gray-800">Conversations</h3>
        <div className="mt-2">
          <ContactConversations contact={contact} />
        </div>
      </section>
      {update.error ? <Alert>{errorMessage(update.error)}</Alert> : null}
      <DialogActions onCancel={onClose} pending={update.isPending}>
        Save contact
      </DialogActions>
    </form>
  );
}
