import { Plus, X } from "lucide-react";
import { Button } from "../../components/Button";
import { fieldClass } from "../../components/Field";
import { type AttributeRow, newRow } from "../../contacts/attribute-rows";

interface AttributesEditorProps {
  rows: readonly AttributeRow[];
  onChange: (rows: AttributeRow[]) => void;
  /** Why a row cannot be saved, by row id. */
  errors: Record<number, string>;
}

const input = `${fieldClass} ring-gray-300 focus:ring-emerald-600`;

/** Key/value pairs (plan, order number, city…): edit in place, add a row, remove one. */
export function AttributesEditor({ rows, onChange, errors }: AttributesEditorProps) {
  const change = (id: number, patch: Partial<AttributeRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  return (
    <fieldset data-testid="contact-attributes">
      <legend className="block text-sm font-medium text-gray-800">Attributes</legend>
      {rows.length === 0 && (
        <p className="mt-1 text-sm text-gray-500">
          Nothing yet: add what your team should know (plan, city…).
        </p>
      )}
      <ul className="mt-2 space-y-2">
        {rows.map((row, index) => (
          <li key={row.id} data-testid="attribute-row">
            <div className="flex items-start gap-2">
              <input
                aria-label={`Attribute ${index + 1} name`}
                placeholder="Name"
                value={row.key}
                maxLength={40}
                onChange={(event) => change(row.id, { key: event.target.value })}
                aria-invalid={errors[row.id] ? true : undefined}
                className={`${input} w-2/5 min-w-0`}
              />
              <input
                aria-label={`Attribute ${index + 1} value`}
                placeholder="Value"
                value={row.value}
                maxLength={500}
                onChange={(event) => change(row.id, { value: event.target.value })}
                className={`${input} min-w-0 flex-1`}
              />
              <button
                type="button"
                aria-label={`Remove attribute ${row.key || index + 1}`}
                onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
                className="rounded-md p-2 text-gray-500 hover:bg-gray-100 hover:text-gray-800"
              >
                <X className="size-4" aria-hidden />
              </button>
            </div>
            {errors[row.id] && <p className="mt-1 text-sm text-red-600">{errors[row.id]}</p>}
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        className="mt-2 px-2.5 py-1.5"
        icon={<Plus className="size-4" aria-hidden />}
        disabled={rows.length >= 20}
        onClick={() => onChange([...rows, newRow()])}
      >
        Add attribute
      </Button>
    </fieldset>
  );
}
