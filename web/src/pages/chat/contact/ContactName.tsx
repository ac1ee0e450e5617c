import { type Contact, UpdateContactBody } from "@helios/contracts";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { errorMessage } from "../../../api/api-error";
import { fieldClass } from "../../../components/Field";
import { useUpdateContact } from "../../../contacts/use-contacts";
import { toast } from "../../../toast/toast-store";
import { EditForm } from "./EditForm";

/** The contact's name, editable in place: Enter (or Save) saves, Esc (or Cancel) leaves it as it was. */
export function ContactName({ contact }: { contact: Contact }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateContact();

  const cancel = () => {
    setDraft(null);
    setError(null);
  };
  const save = () => {
    if (draft === null) return;
    const parsed = UpdateContactBody.safeParse({ name: draft });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a name");
      return;
    }
    if (parsed.data.name === contact.name) {
      cancel();
      return;
    }
    update.mutate(
      { contactId: contact.id, body: { name: parsed.data.name } },
      {
        onSuccess: (saved) => {
          cancel();
          toast.success(`Renamed to ${saved.name}`);
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  };

  if (draft === null) {
    return (
      <div className="flex items-center gap-1">
        <p className="min-w-0 truncate font-medium text-gray-900" data-testid="contact-name">
          {contact.name || "No name"}
        </p>
        <button
          type="button"
          onClick={() => setDraft(contact.name)}
          aria-label="Edit name"
          title="Edit name"
          className="rounded p-1 text-gray-500 hover:bg-gray-100 hover:text-gray-800 focus-visible:outline-2 focus-visible:outline-emerald-600"
        >
          <Pencil className="size-3.5" aria-hidden />
        </button>
      </div>
    );
  }
  return (
    <EditForm onSave={save} onCancel={cancel} pending={update.isPending} error={error}>
      <input
        // biome-ignore lint/a11y/noAutofocus: the person asked to edit it
        autoFocus
        aria-label="Contact name"
        value={draft}
        disabled={update.isPending}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        className={`${fieldClass} ring-gray-300 focus:ring-emerald-600`}
      />
    </EditForm>
  );
}
