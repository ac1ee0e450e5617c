import { SlidersHorizontal } from "lucide-react";
import { CheckboxField } from "../../components/CheckboxField";
import { Field } from "../../components/Field";
import { Popover } from "../../components/Popover";
import { useLabels } from "../../labels/use-labels";
import { useNumbers } from "../whatsapp/use-numbers";
import { extraFilterCount, type InboxFilter } from "./inbox-filter";

interface InboxFiltersProps {
  filter: InboxFilter;
  onChange: (patch: Partial<InboxFilter>) => void;
}

/** "Filters": number, label, escalated, unread — in a small panel; the button counts those on. */
export function InboxFilters({ filter, onChange }: InboxFiltersProps) {
  const numbers = useNumbers().data?.items ?? [];
  const labels = useLabels().data?.items ?? [];
  const count = extraFilterCount(filter);
  return (
    <Popover
      label="Filters"
      align="end"
      testId="inbox-filters"
      triggerClassName="inline-flex items-center gap-1.5 rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-gray-800 shadow-sm ring-1 ring-gray-300 ring-inset hover:bg-gray-50"
      trigger={
        <>
          <SlidersHorizontal className="size-4" aria-hidden />
          Filters
          {count > 0 && (
            <span className="rounded-full bg-emerald-600 px-1.5 text-xs text-white">{count}</span>
          )}
        </>
      }
    >
      {() => (
        <div className="space-y-3 p-2">
          <Field label="Number">
            {(control) => (
              <select
                {...control}
                value={filter.numberId ?? ""}
                onChange={(event) => onChange({ numberId: event.target.value || undefined })}
              >
                <option value="">All numbers</option>
                {numbers.map((number) => (
                  <option key={number.id} value={number.id}>
                    {number.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Label">
            {(control) => (
              <select
                {...control}
                value={filter.label ?? ""}
                onChange={(event) => onChange({ label: event.target.value || undefined })}
              >
                <option value="">Any label</option>
                {labels.map((label) => (
                  <option key={label.id} value={label.id}>
                    {label.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CheckboxField
            label="Escalated only"
            checked={filter.escalated === true}
            onChange={(on) => onChange({ escalated: on || undefined })}
          />
          <CheckboxField
            label="Unread only"
            checked={filter.unread === true}
            onChange={(on) => onChange({ unread: on || undefined })}
          />
          {count > 0 && (
            <button
              type="button"
              className="text-sm font-medium text-emerald-700 hover:underline"
              onClick={() =>
                onChange({
                  numberId: undefined,
                  label: undefined,
                  escalated: undefined,
                  unread: undefined,
                })
              }
            >
              Clear filters
            </button>
          )}
        </div>
      )}
    </Popover>
  );
}
