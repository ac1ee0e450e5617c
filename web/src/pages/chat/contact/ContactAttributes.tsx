import { type Contact, UpdateContactBody } from "@helios/contracts";
import { Plus, X } from "lucide-react";
import { useState } from "react";
import { errorMessage } from "../../../api/api-error";
import { Button } from "../../../components/Button";
import { fieldClass } from "../../../components/Field";
import { type AttributeRow, attributesOf, newRow, rowsOf } from "../../../contacts/attribute-rows";
import { useUpdateContact } from "../../../contacts/use-contacts";
import { toast } from "../../../toast/toast-store";
import { EditForm } from "./EditForm";

const input = `${fieldClass} ring-gray-300 focus:ring-emerald-600 px-2 py-1`;

/** Custom attributes (plan, city, order id…) as name–value pairs; Edit changes the whole set. */
export function ContactAttributes({ contact }: { contact: Contact }) {
  const [rows, setRows] = useState<AttributeRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateContact();
  const entries = Object.entries(contact.attributes);

  const edit = () => {
    const current = rowsOf(contact.attributes);
    setRows(current.length > 0 ? current : [newRow()]);
    setError(null);
  };
  const change = (id: number, patch: Partial<AttributeRow>) =>
    setRows((all) => all?.map((row) => (row.id === id ? { ...row, ...patch } : row)) ?? all);
  const save = () => {
    if (!rows) return;
    const built = attributesOf(rows);
    if ("errors" in built) return setError(Object.values(built.errors).join(". "));
    const { attributes } = built;
    const parsed = UpdateContactBody.safeParse({ attributes });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the attributes");
    update.mutate(
      { contactId: contact.id, body: { attributes } },
      {
        onSuccess: () => {
          setRows(null);
          toast.success("Attributes saved");
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  };

  if (!rows) {
    return (
      <div className="space-y-1.5" data-testid="contact-attributes">
        {entries.length === 0 ? (
          <p className="text-sm text-gray-500">No attributes yet.</p>
        ) : (
          <dl className="space-y-1 text-sm">
            {entries.map(([key, value]) => (
              <div key={key} className="flex gap-2">
                <dt className="shrink-0 text-gray-500">{key}</dt>
                <dd className="min-w-0 break-words text-gray-900">{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <Button variant="ghost" className="-ml-2 px-2 py-1 text-xs" onClick={edit}>
          Edit attributes
        </Button>
      </div>
    );
  }
  return (
    <EditForm onSave={save} onCancel={() => setRows(null)} pending={update.isPending} error={error}>
      {rows.map((row, index) => (
        <div key={row.id} className="flex items-center gap-1.5">
          <input
            aria-label={`Attribute ${index + 1} name`}
            placeholder="Name"
            value={row.key}
            onChange={(event) => change(row.id, { key: event.target.value })}
            className={`${input} w-2/5`}
          />
          <input
            aria-label={`Attribute ${index + 1} value`}
            placeholder="Value"
            value={row.value}
            onChange={(event) => change(row.id, { value: event.target.value })}
            className={`${input} min-w-0 flex-1`}
          />
          <button
            type="button"
            aria-label={`Remove attribute ${index + 1}`}
            onClick={() => setRows(rows.filter((other) => other.id !== row.id))}
            className="rounded p-1 text-gray-500 hover:bg-gray-100"
          >
            <X className="size-4" aria-hidden />
          </button>
        </div>
      ))}
      <Button
        variant="ghost"
        className="-ml-2 px-2 py-1 text-xs"
        icon={<Plus className="size-3.5" aria-hidden />}
        onClick={() => setRows([...rows, newRow()])}
      >
        Add attribute
      </Button>
    </EditForm>
  );
}
